using Dashboard.Kubernetes.Networks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Dashboard.Web.Startup;

/// <summary>
/// Tells the address policy where the dashboard itself listens, once the server has bound its addresses (port 0
/// resolved), so that no cluster can be pointed back at the dashboard. The metrics port records itself
/// (<see cref="Telemetry.MetricsPortServer"/>).
/// </summary>
public sealed class DashboardListeners(IServer server, LocalEndpoints local, ILogger<DashboardListeners> logger) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        Record(local, server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        logger.LogDebug("The address policy refuses the dashboard's own listeners");
        return Task.CompletedTask;
    }

    public static void Record(LocalEndpoints local, IEnumerable<string> addresses)
    {
        foreach (var endpoint in addresses.SelectMany(ListenerAddress.Parse))
            local.AddDashboardListener(endpoint.Address, endpoint.Port);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
