namespace Dashboard.Core.Gateways;

/// <summary>
/// Whether a route's hostname can attach to a listener's, as the Gateway API spec defines it (Listener.hostname,
/// HTTPRoute.hostnames): a listener without a hostname takes every name; <c>*.example.com</c> takes names with one
/// or more labels before <c>example.com</c>, never <c>example.com</c> itself; otherwise the names must be equal.
/// See https://gateway-api.sigs.k8s.io/reference/spec/#hostname.
/// </summary>
public static class ListenerHostnames
{
    /// <summary>True when at least one request hostname could match both; either side may be a wildcard.</summary>
    public static bool Intersect(string? listenerHostname, string routeHostname)
    {
        ArgumentNullException.ThrowIfNull(routeHostname);
        if (string.IsNullOrEmpty(listenerHostname))
            return true;
        var listenerSuffix = WildcardSuffix(listenerHostname);
        var routeSuffix = WildcardSuffix(routeHostname);
        return (listenerSuffix, routeSuffix) switch
        {
            (null, null) => string.Equals(listenerHostname, routeHostname, StringComparison.OrdinalIgnoreCase),
            ({ } suffix, null) => IsBelow(routeHostname, suffix),
            (null, { } suffix) => IsBelow(listenerHostname, suffix),
            ({ } a, { } b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || IsBelow(a, b) || IsBelow(b, a),
        };
    }

    /// <summary><c>example.com</c> for <c>*.example.com</c>; null for a name without a wildcard.</summary>
    private static string? WildcardSuffix(string hostname) =>
        hostname.StartsWith("*.", StringComparison.Ordinal) ? hostname[2..] : null;

    // One or more whole labels before the suffix.
    private static bool IsBelow(string hostname, string suffix) =>
        hostname.Length > suffix.Length + 1 && hostname.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase);
}
