using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Controllers;

/// <summary>The Gateway API's rules for a route meeting a listener: route kinds per protocol, allowed namespaces, hostname intersection.</summary>
internal static class RouteMatching
{
    /// <summary>The route kinds a listener of <paramref name="protocol"/> carries (gateway-api's listener protocol table).</summary>
    public static IReadOnlyList<string> KindsFor(string protocol) => protocol switch
    {
        "HTTP" or "HTTPS" => ["HTTPRoute", "GRPCRoute"],
        "TLS" => ["TLSRoute", "TCPRoute"],
        "TCP" => ["TCPRoute"],
        "UDP" => ["UDPRoute"],
        _ => [],
    };

    /// <summary>Whether routes of the kind carry hostnames that must meet the listener's.</summary>
    public static bool HasHostnames(string routeKind) => routeKind is "HTTPRoute" or "GRPCRoute" or "TLSRoute";

    /// <summary>
    /// <c>allowedRoutes.namespaces.from</c>: Same (the Gateway's namespace, the default), All, or Selector
    /// (the route's namespace labels match the selector).
    /// </summary>
    public static bool NamespaceAllowed(JsonObject? allowed, string gatewayNamespace, string routeNamespace, IReadOnlyDictionary<string, string> routeNamespaceLabels) =>
        (allowed.StringAt("from") ?? "Same") switch
        {
            "All" => true,
            "Selector" => SelectorMatches(allowed.ObjectAt("selector"), routeNamespaceLabels),
            _ => gatewayNamespace == routeNamespace,
        };

    /// <summary>Whether any route hostname meets the listener's (no listener hostname, or no route hostnames: everything meets).</summary>
    public static bool HostnamesIntersect(string? listenerHostname, IReadOnlyList<string> routeHostnames) =>
        listenerHostname is null || routeHostnames.Count == 0 || routeHostnames.Any(h => Meets(listenerHostname, h) || Meets(h, listenerHostname));

    /// <summary><c>*.example.com</c> covers <c>foo.example.com</c> and <c>*.foo.example.com</c>, not <c>example.com</c>.</summary>
    private static bool Meets(string pattern, string hostname) =>
        pattern == hostname
        || (pattern.StartsWith("*.", StringComparison.Ordinal) && hostname.EndsWith(pattern[1..], StringComparison.Ordinal) && hostname.Length > pattern.Length - 1);

    /// <summary>A metav1.LabelSelector: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist), ANDed; an empty one selects everything.</summary>
    public static bool SelectorMatches(JsonObject? selector, IReadOnlyDictionary<string, string> labels)
    {
        if (selector is null)
        {
            return false;
        }

        foreach (var (key, value) in selector.StringMap("matchLabels"))
        {
            if (labels.GetValueOrDefault(key) != value)
            {
                return false;
            }
        }

        foreach (var expression in selector.ArrayAt("matchExpressions").Objects())
        {
            var key = expression.StringAt("key") ?? string.Empty;
            var values = expression.ArrayAt("values")?.Select(v => JsonNodes.AsString(v)).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
            var has = labels.TryGetValue(key, out var actual);
            var ok = expression.StringAt("operator") switch
            {
                "In" => has && values.Contains(actual!),
                "NotIn" => !has || !values.Contains(actual!),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
