using Dashboard.Core.Support;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Gateways.Models;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Routes;
using Dashboard.Kubernetes.Routes.Models;
using Dashboard.Kubernetes.Telemetry;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Caching;

/// <summary>The kinds a cluster cache holds, each with the view kept per object.</summary>
internal sealed partial class ClusterCache
{
    private const int KindCount = 18;

    private readonly List<(string Kind, Func<int> Count)> sizes = new(KindCount);
    private EndpointIndex? endpointIndex;
    private GatewayApiSource<V1GatewayClass>? gatewayClassSource;

    /// <summary>Namespace names (the views are the names themselves).</summary>
    public KindCache<string> Namespaces { get; }

    public KindCache<NodeFacts> Nodes { get; }

    public KindCache<ServiceEntry> Services { get; }

    public KindCache<IngressEntry> Ingresses { get; }

    public KindCache<IngressClassFacts> IngressClasses { get; }

    /// <summary>ConfigMaps of the ingress-nginx namespace only.</summary>
    public KindCache<ConfigMapEntry> NginxConfigMaps { get; }

    /// <summary>MetalLB IPAddressPool names; empty when the cluster does not serve that API.</summary>
    public KindCache<string> AddressPools { get; }

    /// <summary>Optional: a cluster that refuses them still serves the rest (see <see cref="KindCache{TView}.Problem"/>).</summary>
    public KindCache<EndpointSliceEntry> EndpointSlices { get; }

    /// <summary>Optional, labels only.</summary>
    public KindCache<PodEntry> Pods { get; }

    /// <summary>Optional, bounded: events about Services.</summary>
    public EventCache ServiceEvents { get; }

    /// <summary>Optional, bounded: events about Ingresses.</summary>
    public EventCache IngressEvents { get; }

    /// <summary>gateway.networking.k8s.io (cluster-scoped; keyed with an empty namespace); empty when the cluster does not serve it.</summary>
    public KindCache<GatewayClassInfo> GatewayClasses { get; }

    public KindCache<GatewayEntry> Gateways { get; }

    public KindCache<RouteEntry> HttpRoutes { get; }

    public KindCache<RouteEntry> GrpcRoutes { get; }

    /// <summary>v1 (Gateway API 1.6) or v1alpha2 (the experimental channel before it), whichever the cluster serves.</summary>
    public KindCache<RouteEntry> TcpRoutes { get; }

    public KindCache<RouteEntry> UdpRoutes { get; }

    /// <summary>v1 (Gateway API 1.5) or v1alpha2.</summary>
    public KindCache<RouteEntry> TlsRoutes { get; }

    /// <summary>Whether the cluster serves gateway.networking.k8s.io (its GatewayClass CRD is installed), as last listed.</summary>
    public bool ServesGatewayApi => gatewayClassSource?.IsServed == true;

    /// <summary>The endpoints per Service, rebuilt only when the slices changed since the last time it was asked for.</summary>
    public EndpointIndex Endpoints()
    {
        var slices = EndpointSlices.Items;
        if (Volatile.Read(ref endpointIndex) is { } index && ReferenceEquals(index.Slices, slices))
            return index;
        var built = EndpointIndex.Build(slices);
        Volatile.Write(ref endpointIndex, built);
        return built;
    }

    /// <summary>How many objects each kind holds now, labelled as the metrics label kinds.</summary>
    public IEnumerable<(string Kind, int Count)> Sizes() => sizes.Select(s => (s.Kind, s.Count()));

    private Func<CancellationToken, Task>[] CreateLoops(ClusterConnection connection, CacheOptions options, DashboardMetrics metrics)
    {
        var kind = 0;
        // The label is the plural, except for the two event caches, which the metrics must tell apart.
        Func<CancellationToken, Task> Loop<T, TView>(ResourceSource<T> source, IKindStore<TView> cache, Func<T, TView> project, string? label = null)
            where T : IKubernetesObject<V1ObjectMeta>
        {
            if (source.Optional)
                health.MarkOptional(kind);
            label ??= source.Name;
            sizes.Add((label, () => cache.Count));
            var context = new KindContext(connection, health, kind++, options, clock, logger, new KindTelemetry(metrics, ClusterId, label));
            return new KindWatcher<T, TView>(source, cache, project, context).RunAsync;
        }

        var discovery = new GatewayApiDiscovery(clock);
        gatewayClassSource = new GatewayApiSource<V1GatewayClass>("gatewayclasses", ["v1"], OnChanged, discovery);
        ResourceSource<TObject> GatewayApi<TObject>(string plural, params string[] versions)
            where TObject : class, IKubernetesObject<V1ObjectMeta> =>
            new GatewayApiSource<TObject>(plural, versions, OnChanged, discovery).Source;

        Func<CancellationToken, Task>[] all =
        [
            Loop(ResourceSources.Namespaces, Namespaces, ns => ns.Name()),
            Loop(ResourceSources.Nodes, Nodes, ClusterObjectConversion.ToFacts),
            Loop(ResourceSources.Services, Services, ServiceConversion.ToEntry),
            Loop(ResourceSources.Ingresses, Ingresses, IngressConversion.ToEntry),
            Loop(ResourceSources.IngressClasses, IngressClasses, ClusterObjectConversion.ToFacts),
            Loop(ResourceSources.NginxConfigMaps, NginxConfigMaps, ClusterObjectConversion.ToEntry),
            Loop(MetalLbAddressPools.Source, AddressPools, pool => pool.Metadata.Name ?? ""),
            Loop(ResourceSources.EndpointSlices, EndpointSlices, EndpointConversion.ToEntry),
            Loop(ResourceSources.Pods, Pods, EndpointConversion.ToEntry),
            Loop(ResourceSources.ServiceEvents, ServiceEvents, EventConversion.ToEntry, "events-of-services"),
            Loop(ResourceSources.IngressEvents, IngressEvents, EventConversion.ToEntry, "events-of-ingresses"),
            Loop(gatewayClassSource.Source, GatewayClasses, GatewayConversion.ToInfo),
            Loop(GatewayApi<V1Gateway>("gateways", "v1"), Gateways, GatewayConversion.ToEntry),
            Loop(GatewayApi<V1HttpRoute>("httproutes", "v1"), HttpRoutes, RouteConversion.ToEntry),
            Loop(GatewayApi<V1GrpcRoute>("grpcroutes", "v1"), GrpcRoutes, RouteConversion.ToEntry),
            Loop(GatewayApi<V1StreamRoute>("tcproutes", "v1", "v1alpha2"), TcpRoutes, r => RouteConversion.ToEntry(r, "TCPRoute")),
            Loop(GatewayApi<V1StreamRoute>("udproutes", "v1", "v1alpha2"), UdpRoutes, r => RouteConversion.ToEntry(r, "UDPRoute")),
            Loop(GatewayApi<V1StreamRoute>("tlsroutes", "v1", "v1alpha2"), TlsRoutes, r => RouteConversion.ToEntry(r, "TLSRoute")),
        ];
        return kind == KindCount ? all : throw new InvalidOperationException($"Expected {KindCount} kinds, declared {kind}.");
    }
}
