using Dashboard.Core.Support;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Resources;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Caching;

/// <summary>The kinds a cluster cache holds, each with the view kept per object.</summary>
internal sealed partial class ClusterCache
{
    private const int KindCount = 8;

    /// <summary>Namespace names (the views are the names themselves).</summary>
    public KindCache<string> Namespaces { get; }

    public KindCache<NodeFacts> Nodes { get; }

    public KindCache<ServiceEntry> Services { get; }

    public KindCache<EndpointsEntry> Endpoints { get; }

    public KindCache<IngressEntry> Ingresses { get; }

    public KindCache<IngressClassFacts> IngressClasses { get; }

    /// <summary>ConfigMaps of the ingress-nginx namespace only.</summary>
    public KindCache<ConfigMapEntry> NginxConfigMaps { get; }

    /// <summary>MetalLB IPAddressPool names; empty when the cluster does not serve that API.</summary>
    public KindCache<string> AddressPools { get; }

    private Func<CancellationToken, Task>[] CreateLoops(ClusterConnection connection, CacheOptions options)
    {
        var kind = 0;
        Func<CancellationToken, Task> Loop<T, TView>(ResourceSource<T> source, KindCache<TView> cache, Func<T, TView> project)
            where T : IKubernetesObject<V1ObjectMeta>
        {
            var context = new KindContext(connection, health, kind++, options, clock, logger);
            return new KindWatcher<T, TView>(source, cache, project, context).RunAsync;
        }

        Func<CancellationToken, Task>[] all =
        [
            Loop(ResourceSources.Namespaces, Namespaces, ns => ns.Name()),
            Loop(ResourceSources.Nodes, Nodes, ClusterObjectConversion.ToFacts),
            Loop(ResourceSources.Services, Services, ServiceConversion.ToEntry),
            Loop(ResourceSources.Endpoints, Endpoints, ClusterObjectConversion.ToEntry),
            Loop(ResourceSources.Ingresses, Ingresses, IngressConversion.ToEntry),
            Loop(ResourceSources.IngressClasses, IngressClasses, ClusterObjectConversion.ToFacts),
            Loop(ResourceSources.NginxConfigMaps, NginxConfigMaps, ClusterObjectConversion.ToEntry),
            Loop(MetalLbAddressPools.Source, AddressPools, pool => pool.Metadata.Name ?? ""),
        ];
        return kind == KindCount ? all : throw new InvalidOperationException($"Expected {KindCount} kinds, declared {kind}.");
    }
}
