using Dashboard.Core.Support;
using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Routes;

namespace Dashboard.Kubernetes.Resources;

/// <summary><see cref="IClusterResources"/> over the shared <see cref="WatchCacheRegistry"/>: no request per call once warm.</summary>
public sealed class ClusterResources(WatchCacheRegistry caches) : IClusterResources
{
    public Task<ResourcePage<ServiceInfo>> ServicesAsync(Guid clusterId, ResourceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return caches.ReadAsync(clusterId, c =>
        {
            var page = ResourcePaging.Page<ServiceEntry, ServiceInfo>(c.Services.Items, query);
            return page with { Items = page.Items.Select(s => WithEndpoints(c, s)).ToArray() };
        }, cancellationToken);
    }

    public Task<ServiceDetail?> ServiceAsync(Guid clusterId, string ns, string name, CancellationToken cancellationToken) =>
        caches.ReadAsync(clusterId, c =>
        {
            if (!c.Services.Items.TryGetValue(new ObjectKey(ns, name), out var entry))
                return null;
            var problem = c.EndpointSlices.Problem;
            var endpoints = problem is null && entry.Info.Type != "ExternalName" ? c.Endpoints().Of(ns, name) : [];
            return new ServiceDetail(WithEndpoints(c, entry.Info), endpoints, problem);
        }, cancellationToken);

    public Task<NamespaceServices> NamespaceServicesAsync(Guid clusterId, string ns, CancellationToken cancellationToken) =>
        caches.ReadAsync(clusterId, c =>
        {
            var inNamespace = new List<ServiceInfo>();
            var nodePorts = new HashSet<int>();
            foreach (var (key, entry) in c.Services.Items)
            {
                if (key.Namespace == ns)
                    inNamespace.Add(entry.Info);
                foreach (var port in entry.Info.Ports)
                {
                    if (port.NodePort is { } nodePort)
                        nodePorts.Add(nodePort);
                }
            }
            return new NamespaceServices(inNamespace, nodePorts);
        }, cancellationToken);

    public Task<ResourcePage<IngressInfo>> IngressesAsync(Guid clusterId, ResourceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return caches.ReadAsync(clusterId, c => ResourcePaging.Page<IngressEntry, IngressInfo>(c.Ingresses.Items, query), cancellationToken);
    }

    public Task<IngressDetail?> IngressAsync(Guid clusterId, string ns, string name, CancellationToken cancellationToken) =>
        caches.ReadAsync(clusterId, c =>
        {
            if (!c.Ingresses.Items.TryGetValue(new ObjectKey(ns, name), out var entry))
                return null;
            var problem = c.EndpointSlices.Problem;
            var backends = entry.Info.Paths.Select(path =>
            {
                var service = c.Services.Items.TryGetValue(new ObjectKey(ns, path.ServiceName), out var found) ? found.Info : null;
                var counts = service is not null && problem is null && service.Type != "ExternalName" ? c.Endpoints().CountsOf(ns, path.ServiceName) : null;
                return EndpointVerdicts.ForBackend(ns, path, service, counts);
            }).ToArray();
            return new IngressDetail(entry.Info, backends, problem);
        }, cancellationToken);

    public Task<IReadOnlyList<GatewayClassInfo>> GatewayClassesAsync(Guid clusterId, CancellationToken cancellationToken) =>
        caches.ReadAsync<IReadOnlyList<GatewayClassInfo>>(clusterId, c => c.GatewayClasses.Items.Values.ToArray(), cancellationToken);

    public Task<ResourcePage<GatewayInfo>> GatewaysAsync(Guid clusterId, ResourceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return caches.ReadAsync(clusterId, c => ResourcePaging.Page<GatewayEntry, GatewayInfo>(c.Gateways.Items, query), cancellationToken);
    }

    public Task<GatewayDetail?> GatewayAsync(Guid clusterId, string ns, string name, CancellationToken cancellationToken) =>
        caches.ReadAsync(clusterId, c => GatewayReads.Gateway(c, ns, name), cancellationToken);

    public Task<ResourcePage<RouteInfo>> HttpRoutesAsync(Guid clusterId, ResourceQuery query, CancellationToken cancellationToken) =>
        RoutesAsync(clusterId, RouteKind.Http, query, cancellationToken);

    public Task<HttpRouteDetail?> HttpRouteAsync(Guid clusterId, string ns, string name, CancellationToken cancellationToken) =>
        caches.ReadAsync(clusterId, c => GatewayReads.HttpRoute(c, ns, name), cancellationToken);

    public Task<ResourcePage<RouteInfo>> RoutesAsync(Guid clusterId, RouteKind kind, ResourceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return caches.ReadAsync(clusterId, c => GatewayReads.Routes(c, kind, query), cancellationToken);
    }

    public Task<ObjectEvents> EventsAsync(Guid clusterId, EventSubject kind, string ns, string name, CancellationToken cancellationToken) =>
        caches.ReadAsync(clusterId, c =>
        {
            var events = kind == EventSubject.Service ? c.ServiceEvents : c.IngressEvents;
            var items = events.Of(new InvolvedObject(kind.ToString(), ns, name)).Select(e => e.Info).ToArray();
            return new ObjectEvents(items, events.Problem);
        }, cancellationToken);

    public Task<PodCount> CountPodsAsync(Guid clusterId, string ns, IReadOnlyDictionary<string, string> selector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return caches.ReadAsync(clusterId, c =>
        {
            if (c.Pods.Problem is { } problem)
                return new PodCount(0, problem);
            if (selector.Count == 0)
                return new PodCount(0, null);
            var count = 0;
            foreach (var (key, pod) in c.Pods.Items)
            {
                var order = string.CompareOrdinal(key.Namespace, ns);
                if (order < 0)
                    continue;
                if (order > 0)
                    break;
                if (selector.All(l => pod.Labels.TryGetValue(l.Key, out var value) && value == l.Value))
                    count++;
            }
            return new PodCount(count, null);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<string>> NamespacesAsync(Guid clusterId, CancellationToken cancellationToken) =>
        caches.ReadAsync<IReadOnlyList<string>>(clusterId, c => c.Namespaces.Items.Values.ToArray(), cancellationToken);

    public Task<ClusterFacts> FactsAsync(Guid clusterId, CancellationToken cancellationToken) =>
        caches.ReadAsync(clusterId, c => c.Facts(), cancellationToken);

    public CacheStatus Status(Guid clusterId) => caches.Status(clusterId);

    public IDisposable Subscribe(Guid clusterId, Action changed) => caches.Subscribe(clusterId, changed);

    private static ServiceInfo WithEndpoints(ClusterCache cache, ServiceInfo service)
    {
        var counts = cache.EndpointSlices.Problem is null && service.Type != "ExternalName"
            ? cache.Endpoints().CountsOf(service.Namespace, service.Name)
            : null;
        return service with { Endpoints = counts, EndpointsNote = EndpointVerdicts.ForService(service, counts) };
    }
}
