namespace Dashboard.Core.Clusters;

/// <summary>Whether two kubeconfig server URLs name the same API server, however they are spelled.</summary>
public static class ServerAddress
{
    /// <summary>Same scheme, host (any case) and port (explicit or default) and path, ignoring a trailing slash.</summary>
    public static bool Same(string first, string second)
    {
        if (!Uri.TryCreate(first.Trim(), UriKind.Absolute, out var a) || !Uri.TryCreate(second.Trim(), UriKind.Absolute, out var b))
            return string.Equals(first.Trim().TrimEnd('/'), second.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
        return string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
            && a.Port == b.Port
            && string.Equals(a.AbsolutePath.TrimEnd('/'), b.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal);
    }

    /// <summary>
    /// The URL without a <c>user:password@</c> part (shown as <c>***@</c>): kubeconfigs stored before such server
    /// addresses were refused may carry one, and every viewer sees the server address.
    /// </summary>
    public static string Redacted(string url)
    {
        var at = url.IndexOf('@', StringComparison.Ordinal);
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0 || at < scheme)
            return url;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], scheme + 3);
        if (authorityEnd >= 0 && at > authorityEnd)
            return url; // an '@' in the path is not userinfo
        var lastAt = url.LastIndexOf('@', authorityEnd < 0 ? url.Length - 1 : authorityEnd - 1);
        return string.Concat(url.AsSpan(0, scheme + 3), "***", url.AsSpan(lastAt));
    }
}
