using Dashboard.Core.Support;

namespace Dashboard.Kubernetes.Gateways;

/// <summary>A Gateway as a list row shows it.</summary>
/// <param name="Addresses"><c>status.addresses</c> in order; empty while none is assigned.</param>
/// <param name="Accepted">The Accepted condition; null when the controller wrote none.</param>
/// <param name="Programmed">The Programmed condition; null when the controller wrote none.</param>
/// <param name="AttachedRoutes">The sum of the listeners' <c>attachedRoutes</c>.</param>
public sealed record GatewayInfo(
    string Namespace,
    string Name,
    string ClassName,
    IReadOnlyList<GatewayAddress> Addresses,
    int ListenerCount,
    bool? Accepted,
    bool? Programmed,
    int AttachedRoutes,
    DateTimeOffset? CreatedAt);
