namespace Dashboard.Kubernetes.Routes;

/// <summary>One HTTPRoute for its page: the row, its rules, its parent Gateways (with their addresses) and its backends checked.</summary>
/// <param name="Hostnames">
/// The route as the generated-hostname rules see it, from the same caches the reconciler reads; its domain is empty:
/// the page plans with the configured one (<see cref="Core.Hostnames.RouteHostnamePlanner"/>).
/// </param>
public sealed record HttpRouteDetail(
    RouteInfo Route,
    IReadOnlyList<RouteRuleInfo> Rules,
    IReadOnlyList<RouteParentGateway> ParentGateways,
    IReadOnlyList<RouteBackendCheck> Backends,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    [property: System.Text.Json.Serialization.JsonIgnore] Core.Hostnames.RouteHostnameInput Hostnames);
