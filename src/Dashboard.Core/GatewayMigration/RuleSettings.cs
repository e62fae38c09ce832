using Dashboard.Core.Drafts;
using Dashboard.Core.Routes;

namespace Dashboard.Core.GatewayMigration;

/// <summary>What an Ingress's annotations do to every rule of its routes.</summary>
internal sealed class RuleSettings
{
    /// <summary>Paths become <c>(?i)&lt;path&gt;.*</c> regular expressions (use-regex, or a rewrite-target).</summary>
    public bool UseRegex { get; set; }

    /// <summary>The HTTP listener answers with a redirect to HTTPS where the Ingress has TLS (ingress-nginx's default).</summary>
    public bool SslRedirect { get; set; } = true;

    /// <summary>Every path answers with this redirect instead of reaching a backend.</summary>
    public HttpRedirectDraft? Redirect { get; set; }

    /// <summary>A request for exactly <c>/</c> is redirected here (302).</summary>
    public string? AppRoot { get; set; }

    public string? RewriteFullPath { get; set; }

    /// <summary>
    /// A rewrite-target of the form <c>&lt;path&gt;/$2</c>: a path written <c>/app(/|$)(.*)</c> becomes PathPrefix
    /// <c>/app</c> with URLRewrite ReplacePrefixMatch to this, which does what the capture group did.
    /// </summary>
    public string? PrefixRewriteTo { get; set; }

    /// <summary>The field paths of the paths not written that way, which <see cref="PrefixRewriteTo"/> cannot serve.</summary>
    public List<string> PrefixNotRewritten { get; } = [];

    public List<KeyValueDraft> SetRequestHeaders { get; } = [];

    public string? RequestTimeout { get; set; }

    /// <summary>A rule to a backend with the filters and timeout these settings give.</summary>
    public HttpRouteRuleDraft BackendRule(HttpRouteMatchDraft? match, List<HttpBackendDraft> backends, HttpUrlRewriteDraft? rewrite = null) => new()
    {
        Matches = match is null ? [] : [match],
        Backends = backends,
        Rewrite = rewrite is not null
            ? new HttpUrlRewriteDraft { PathType = rewrite.PathType, Path = rewrite.Path }
            : RewriteFullPath is null ? null : new HttpUrlRewriteDraft { PathType = "ReplaceFullPath", Path = RewriteFullPath },
        RequestHeaders = SetRequestHeaders.Count == 0
            ? null
            : new HttpHeaderModifierDraft { Set = SetRequestHeaders.Select(h => new KeyValueDraft { Key = h.Key, Value = h.Value }).ToList() },
        RequestTimeout = RequestTimeout,
    };

    /// <summary>A rule that answers <paramref name="match"/> with <see cref="Redirect"/>.</summary>
    public HttpRouteRuleDraft RedirectRule(HttpRouteMatchDraft? match) => new()
    {
        Matches = match is null ? [] : [match],
        Backends = [],
        Redirect = Copy(Redirect!),
    };

    public static HttpRedirectDraft Copy(HttpRedirectDraft redirect) => new()
    {
        Scheme = redirect.Scheme,
        Hostname = redirect.Hostname,
        Port = redirect.Port,
        ReplaceFullPath = redirect.ReplaceFullPath,
        StatusCode = redirect.StatusCode,
    };
}
