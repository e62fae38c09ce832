using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Telemetry;
using k8s;
using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.Caching;

/// <summary>What every kind's loop of one cluster shares: the client, the options, and where to report.</summary>
internal sealed class KindContext(
    ClusterConnection connection, ClusterHealth health, int kind, CacheOptions options, TimeProvider clock, ILogger logger, KindTelemetry telemetry)
{
    public IKubernetes Client => connection.Client;

    public CacheOptions Options => options;

    public TimeProvider Clock => clock;

    public void Listed() => health.Listed(kind);

    /// <summary>The watch starts again (<see cref="DashboardMetrics.WatchRestarted"/> says the reasons).</summary>
    public void Restarting(string reason) => telemetry.Metrics.WatchRestarted(telemetry.ClusterId, telemetry.Kind, reason);

    /// <summary>Reports the failure; returns its sentence.</summary>
    public string Failed(string kindName, Exception error)
    {
        // The exception text can include the URL but never the kubeconfig; log the type only to stay certain.
        logger.LogDebug("Listing or watching {Kind} at {Server} failed: {ErrorType}", kindName, connection.ServerUrl, error.GetType().Name);
        var sentence = KubernetesErrors.Describe(error, connection.ServerUrl);
        health.Failed(kind, sentence);
        return sentence;
    }

    /// <summary>Waits, or returns early (without throwing) when the cache stops.</summary>
    public async Task DelayAsync(TimeSpan delay, CancellationToken stopping) =>
        await Task.Delay(delay, clock, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
}
