using Dashboard.Kubernetes.Routes;

namespace Dashboard.Kubernetes.Gateways;

/// <summary>One Gateway for its page: the row, its conditions and listeners, and the routes that name it as a parent.</summary>
/// <param name="Controller">The controllerName of its class; null when the class does not exist.</param>
/// <param name="Routes">Every cached route (HTTP, gRPC, TCP, UDP, TLS) with this Gateway among its parents.</param>
public sealed record GatewayDetail(
    GatewayInfo Gateway,
    string? Controller,
    IReadOnlyList<ConditionInfo> Conditions,
    IReadOnlyList<GatewayListenerInfo> Listeners,
    IReadOnlyList<RouteInfo> Routes,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations);
