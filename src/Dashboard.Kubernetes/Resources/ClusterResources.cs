using Dashboard.Core.Support;
using Dashboard.Kubernetes.Caching;

namespace Dashboard.Kubernetes.Resources;

/// <summary><see cref="IClusterResources"/> over the shared <see cref="ClusterCaches"/>: no request per call once warm.</summary>
public sealed class ClusterResources(ClusterCaches caches) : IClusterResources
{
    public Task<ResourcePage<ServiceInfo>> ServicesAsync(Guid clusterId, ResourceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return caches.ReadAsync(clusterId, c => ResourcePaging.Page<ServiceEntry, ServiceInfo>(c.Services.Items, query), cancellationToken);
    }

    public Task<ResourcePage<IngressInfo>> IngressesAsync(Guid clusterId, ResourceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return caches.ReadAsync(clusterId, c => ResourcePaging.Page<IngressEntry, IngressInfo>(c.Ingresses.Items, query), cancellationToken);
    }

    public Task<IReadOnlyList<string>> NamespacesAsync(Guid clusterId, CancellationToken cancellationToken) =>
        caches.ReadAsync<IReadOnlyList<string>>(clusterId, c => c.Namespaces.Items.Values.ToArray(), cancellationToken);

    public Task<ClusterFacts> FactsAsync(Guid clusterId, CancellationToken cancellationToken) =>
        caches.ReadAsync(clusterId, c => c.Facts(), cancellationToken);

    public CacheStatus Status(Guid clusterId) => caches.Status(clusterId);

    public IDisposable Subscribe(Guid clusterId, Action changed) => caches.Subscribe(clusterId, changed);
}
