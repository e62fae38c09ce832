namespace Dashboard.Kubernetes.Gateways;

/// <summary>A GatewayClass as the lists and pages show it.</summary>
/// <param name="Accepted">The Accepted condition; null while no controller has written one.</param>
public sealed record GatewayClassInfo(
    string Name,
    string Controller,
    string? Description,
    bool? Accepted,
    IReadOnlyList<ConditionInfo> Conditions,
    DateTimeOffset? CreatedAt);
