using Dashboard.Kubernetes.Gateways;

namespace Dashboard.Kubernetes.Routes;

/// <summary>One parentRef of a route and what the parent Gateway's controller says about it.</summary>
/// <param name="GatewayNamespace">The parentRef's namespace, defaulted to the route's.</param>
/// <param name="SectionName">The listener named, if any.</param>
/// <param name="Controller">The controllerName whose status entry this is; null when there is none.</param>
/// <param name="Accepted">Null when the controller wrote no Accepted condition (yet).</param>
/// <param name="Conditions">With explanations that use what the caches know (the listener's allowedRoutes, missing Services).</param>
public sealed record RouteParentInfo(
    string GatewayNamespace,
    string GatewayName,
    string? SectionName,
    int? Port,
    string? Controller,
    bool? Accepted,
    bool? ResolvedRefs,
    IReadOnlyList<ConditionInfo> Conditions);
