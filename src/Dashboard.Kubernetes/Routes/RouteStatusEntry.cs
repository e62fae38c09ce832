using Dashboard.Core.GatewayStatus;

namespace Dashboard.Kubernetes.Routes;

/// <summary>One <c>status.parents[]</c> entry as written: the parent it is about, the controller that wrote it, its conditions.</summary>
internal sealed record RouteStatusEntry(
    string GatewayNamespace, string GatewayName, string? SectionName, int? Port, string Controller, IReadOnlyList<ObservedCondition> Conditions);
