namespace Dashboard.Kubernetes.Routes;

/// <summary>A route (HTTPRoute, GRPCRoute, TCPRoute, UDPRoute or TLSRoute) as a list row shows it.</summary>
/// <param name="Kind">HTTPRoute, GRPCRoute, TCPRoute, UDPRoute or TLSRoute.</param>
/// <param name="Hostnames"><c>spec.hostnames</c>; empty for TCP/UDP routes and for routes that take every host.</param>
/// <param name="Parents">
/// Each parentRef with the status its Gateway's controller wrote (entries of other controllers are left out).
/// </param>
/// <param name="Backends">Every distinct backend of every rule.</param>
/// <param name="GeneratedHostnames">The hostnames the dashboard generated (HTTPRoute only), from the annotation on the object.</param>
public sealed record RouteInfo(
    string Kind,
    string Namespace,
    string Name,
    IReadOnlyList<string> Hostnames,
    IReadOnlyList<RouteParentInfo> Parents,
    IReadOnlyList<RouteBackendInfo> Backends,
    int RuleCount,
    IReadOnlyList<string> GeneratedHostnames,
    DateTimeOffset? CreatedAt)
{
    /// <summary>True when every parent accepted the route; false when one refused it; null while any has not answered.</summary>
    public bool? Accepted =>
        Parents.Count == 0 ? null
        : Parents.Any(p => p.Accepted == false) ? false
        : Parents.All(p => p.Accepted == true) ? true
        : null;
}
