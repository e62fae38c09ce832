using Dashboard.Core.Support;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Telemetry;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Caching;

/// <summary>The kinds a cluster cache holds, each with the view kept per object.</summary>
internal sealed partial class ClusterCache
{
    private const int KindCount = 11;

    private readonly List<(string Kind, Func<int> Count)> sizes = new(KindCount);
    private EndpointIndex? endpointIndex;

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
        ];
        return kind == KindCount ? all : throw new InvalidOperationException($"Expected {KindCount} kinds, declared {kind}.");
    }
}
