namespace Dashboard.Kubernetes.Routes;

/// <summary>One HTTPRoute for its page: the row, its rules, its parent Gateways (with their addresses) and its backends checked.</summary>
public sealed record HttpRouteDetail(
    RouteInfo Route,
    IReadOnlyList<RouteRuleInfo> Rules,
    IReadOnlyList<RouteParentGateway> ParentGateways,
    IReadOnlyList<RouteBackendCheck> Backends,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations);
