using Dashboard.Kubernetes.Telemetry;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dashboard.Web.Telemetry;

/// <summary>Counts Blazor circuits (one per open browser tab) for <c>dashboard.circuits.open</c>.</summary>
internal sealed class OpenCircuitsHandler(DashboardMetrics metrics) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitClosed();
        return Task.CompletedTask;
    }
}
