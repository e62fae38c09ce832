using Dashboard.Core.Support;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Routes;

namespace Dashboard.Kubernetes.Resources;

/// <summary>
/// The read side of a cluster for the UI and the HTTP API, served from the watch caches: once a cluster is
/// loaded no call sends a request to it.
/// </summary>
/// <remarks>
/// The first call for a cluster starts its caches and waits for the initial lists. When they fail the call
/// throws <see cref="ClusterUnavailableException"/>; an unregistered cluster is
/// <see cref="Core.Clusters.ClusterNotFoundException"/>. A later outage does not throw: reads serve what was last
/// seen while <see cref="Status"/> says <see cref="CacheState.Unavailable"/>. Lists are sorted by namespace then
/// name (ordinal).
/// </remarks>
public interface IClusterResources
{
    Task<ResourcePage<ServiceInfo>> ServicesAsync(Guid clusterId, ResourceQuery query, CancellationToken cancellationToken);

    /// <summary>One Service with its endpoints; null when it does not exist.</summary>
    Task<ServiceDetail?> ServiceAsync(Guid clusterId, string ns, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Every Service of the namespace and every node port in use in the cluster, with no page limit: what the draft
    /// checks need however many Services the cluster has.
    /// </summary>
    Task<NamespaceServices> NamespaceServicesAsync(Guid clusterId, string ns, CancellationToken cancellationToken);

    Task<ResourcePage<IngressInfo>> IngressesAsync(Guid clusterId, ResourceQuery query, CancellationToken cancellationToken);

    /// <summary>One Ingress with each backend checked against its Service; null when it does not exist.</summary>
    Task<IngressDetail?> IngressAsync(Guid clusterId, string ns, string name, CancellationToken cancellationToken);

    /// <summary>Every GatewayClass, sorted by name; empty when the cluster does not serve Gateway API.</summary>
    Task<IReadOnlyList<GatewayClassInfo>> GatewayClassesAsync(Guid clusterId, CancellationToken cancellationToken);

    /// <summary>Gateways; empty when the cluster does not serve Gateway API.</summary>
    Task<ResourcePage<GatewayInfo>> GatewaysAsync(Guid clusterId, ResourceQuery query, CancellationToken cancellationToken);

    /// <summary>One Gateway with its listeners and the routes that name it as a parent; null when it does not exist.</summary>
    Task<GatewayDetail?> GatewayAsync(Guid clusterId, string ns, string name, CancellationToken cancellationToken);

    /// <summary>HTTPRoutes, each parent with the status its Gateway's controller wrote.</summary>
    Task<ResourcePage<RouteInfo>> HttpRoutesAsync(Guid clusterId, ResourceQuery query, CancellationToken cancellationToken);

    /// <summary>One HTTPRoute with its rules, its parent Gateways' addresses and its backends checked; null when it does not exist.</summary>
    Task<HttpRouteDetail?> HttpRouteAsync(Guid clusterId, string ns, string name, CancellationToken cancellationToken);

    /// <summary>Routes of one kind (gRPC, TCP, UDP, TLS, or HTTP as <see cref="HttpRoutesAsync"/>); empty where not served.</summary>
    Task<ResourcePage<RouteInfo>> RoutesAsync(Guid clusterId, RouteKind kind, ResourceQuery query, CancellationToken cancellationToken);

    /// <summary>The object's events, newest first (at most <see cref="Caching.EventCache.PerObject"/>).</summary>
    Task<ObjectEvents> EventsAsync(Guid clusterId, EventSubject kind, string ns, string name, CancellationToken cancellationToken);

    /// <summary>How many pods of the namespace carry every label of <paramref name="selector"/> (an empty one matches none).</summary>
    Task<PodCount> CountPodsAsync(Guid clusterId, string ns, IReadOnlyDictionary<string, string> selector, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> NamespacesAsync(Guid clusterId, CancellationToken cancellationToken);

    Task<ClusterFacts> FactsAsync(Guid clusterId, CancellationToken cancellationToken);

    /// <summary>The cache state without starting anything: <see cref="CacheState.Starting"/> for a cluster not loaded.</summary>
    CacheStatus Status(Guid clusterId);

    /// <summary>Called (on a thread-pool thread) after any change in that cluster's caches; dispose to stop.</summary>
    IDisposable Subscribe(Guid clusterId, Action changed);
}
