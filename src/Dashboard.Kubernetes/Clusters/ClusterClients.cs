using Dashboard.Core.Clusters;
using Dashboard.Kubernetes.Networks;
using Dashboard.Kubernetes.Telemetry;
using k8s;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>A connected client for a registered cluster.</summary>
public sealed record ClusterConnection(IKubernetes Client, string ServerUrl);

/// <summary>
/// One KubernetesClient per registered cluster, created from its sanitised kubeconfig on first use and reused
/// (it owns an HttpClient and its connection pool). Invalidated when the cluster is edited or deleted.
/// </summary>
public sealed class ClusterClients(IClusterRegistry registry, DashboardMetrics metrics, ClusterAddressPolicy policy) : IDisposable
{
    private readonly Dictionary<Guid, ClusterConnection> connections = [];
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <exception cref="ClusterNotFoundException"/>
    public async Task<ClusterConnection> GetAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (connections.TryGetValue(clusterId, out var existing))
                return existing;
            var cluster = await registry.FindAsync(clusterId, cancellationToken) ?? throw new ClusterNotFoundException(clusterId);
            var kubeconfig = await registry.GetKubeconfigAsync(clusterId, cancellationToken);
            var connection = new ClusterConnection(
                KubernetesClientFactory.Create(kubeconfig, cluster.ContextName, policy, metrics.RequestHandler(clusterId, cluster.Name)), cluster.ServerUrl);
            connections[clusterId] = connection;
            return connection;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Raised by <see cref="Invalidate"/> before the old client is disposed, so whatever holds it (the watch caches)
    /// can stop using it first. Handlers run synchronously and must be quick.
    /// </summary>
    public event Action<Guid>? Invalidated;

    /// <summary>Drops the cached client; the next use builds a new one from the registry.</summary>
    public void Invalidate(Guid clusterId)
    {
        ClusterConnection? removed;
        gate.Wait();
        try
        {
            connections.Remove(clusterId, out removed);
        }
        finally
        {
            gate.Release();
        }
        // Raised even when no client was cached: an edit must reach every listener whatever the client cache held.
        Invalidated?.Invoke(clusterId);
        removed?.Client.Dispose();
    }

    public void Dispose()
    {
        foreach (var connection in connections.Values)
            connection.Client.Dispose();
        connections.Clear();
        gate.Dispose();
    }
}
