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
}
