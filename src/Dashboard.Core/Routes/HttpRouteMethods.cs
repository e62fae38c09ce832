namespace Dashboard.Core.Routes;

/// <summary>The methods an HTTPRoute match may name (Gateway API's <c>HTTPMethod</c>).</summary>
public static class HttpRouteMethods
{
    public static IReadOnlyList<string> All { get; } = ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"];
}
