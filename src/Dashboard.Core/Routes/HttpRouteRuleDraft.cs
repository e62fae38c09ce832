using Dashboard.Core.Drafts;

namespace Dashboard.Core.Routes;

/// <summary>One <c>rules[]</c> entry: what it matches, what it does to the request, where it sends it.</summary>
public sealed class HttpRouteRuleDraft
{
    /// <summary>Any one match selects the rule; none means every request (path prefix <c>/</c>).</summary>
    public List<HttpRouteMatchDraft> Matches { get; set; } = [new()];

    /// <summary>Weighted: a canary is a second backend with a small weight. Empty only with a redirect.</summary>
    public List<HttpBackendDraft> Backends { get; set; } = [new()];

    /// <summary>RequestRedirect (for example HTTP → HTTPS); a rule that redirects has no backends.</summary>
    public HttpRedirectDraft? Redirect { get; set; }

    public HttpUrlRewriteDraft? Rewrite { get; set; }

    public HttpHeaderModifierDraft? RequestHeaders { get; set; }

    public HttpHeaderModifierDraft? ResponseHeaders { get; set; }

    /// <summary><c>timeouts.request</c> as a Gateway API duration (<c>10s</c>, <c>1m</c>); null: the implementation's default.</summary>
    public string? RequestTimeout { get; set; }
}

public sealed class HttpRouteMatchDraft
{
    /// <summary>PathPrefix, Exact or RegularExpression.</summary>
    public string PathType { get; set; } = HttpPathTypes.PathPrefix;

    public string Path { get; set; } = "/";

    public List<HttpHeaderMatchDraft> Headers { get; set; } = [];

    /// <summary>Exact query parameter matches.</summary>
    public List<KeyValueDraft> QueryParameters { get; set; } = [];

    /// <summary>GET, POST, …; null: any method.</summary>
    public string? Method { get; set; }
}

public sealed class HttpHeaderMatchDraft
{
    /// <summary>Exact or RegularExpression.</summary>
    public string Type { get; set; } = "Exact";

    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}

/// <summary>A Service backend (<c>backendRefs[]</c>, kind Service).</summary>
public sealed class HttpBackendDraft
{
    public string ServiceName { get; set; } = "";

    /// <summary>Null: the route's namespace. Another namespace needs a ReferenceGrant there.</summary>
    public string? ServiceNamespace { get; set; }

    /// <summary>A port number of the Service (Gateway API refers to Service ports by number only).</summary>
    public int? Port { get; set; }

    /// <summary>Relative share of the rule's traffic; 0 sends none.</summary>
    public int Weight { get; set; } = 1;
}

public sealed class HttpRedirectDraft
{
    /// <summary>http or https; null keeps the request's.</summary>
    public string? Scheme { get; set; } = "https";

    public string? Hostname { get; set; }

    public int? Port { get; set; }

    /// <summary>Null keeps the path; else a full-path replacement.</summary>
    public string? ReplaceFullPath { get; set; }

    /// <summary>301, 302, 303, 307 or 308.</summary>
    public int StatusCode { get; set; } = 301;
}

public sealed class HttpUrlRewriteDraft
{
    public string? Hostname { get; set; }

    /// <summary>ReplaceFullPath or ReplacePrefixMatch (needs a PathPrefix match); null: keep the path.</summary>
    public string? PathType { get; set; }

    public string? Path { get; set; }
}

/// <summary>RequestHeaderModifier / ResponseHeaderModifier: set, add, remove.</summary>
public sealed class HttpHeaderModifierDraft
{
    public List<KeyValueDraft> Set { get; set; } = [];

    public List<KeyValueDraft> Add { get; set; } = [];

    public List<string> Remove { get; set; } = [];
}

public static class HttpPathTypes
{
    public const string PathPrefix = "PathPrefix";
    public const string Exact = "Exact";
    public const string RegularExpression = "RegularExpression";
}
