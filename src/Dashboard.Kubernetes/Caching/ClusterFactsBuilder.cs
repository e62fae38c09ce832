using Dashboard.Core.Support;

namespace Dashboard.Kubernetes.Caching;

/// <summary>The <see cref="ClusterFacts"/> of a cluster, assembled from the views its caches already hold.</summary>
internal static class ClusterFactsBuilder
{
    private static readonly ObjectKey TcpServices = new(ResourceSources.NginxNamespace, "tcp-services");
    private static readonly ObjectKey UdpServices = new(ResourceSources.NginxNamespace, "udp-services");

    public static ClusterFacts Build(ClusterCache cache)
    {
        var configMaps = cache.NginxConfigMaps.Items;
        return new ClusterFacts(
            cache.Nodes.Items.Values.ToArray(),
            cache.Namespaces.Items.Values.ToArray(),
            cache.IngressClasses.Items.Values.ToArray(),
            cache.Services.Items.Values.Select(s => s.LoadBalancer).OfType<AddressedObject>().ToArray(),
            cache.Ingresses.Items.Values.Select(i => i.Facts).ToArray(),
            !cache.AddressPools.Items.IsEmpty,
            configMaps.ContainsKey(TcpServices),
            configMaps.ContainsKey(UdpServices))
        {
            ServesGatewayApi = cache.ServesGatewayApi,
            GatewayClasses = cache.GatewayClasses.Items.Values
                .Select(c => new GatewayClassFacts(c.Name, c.Controller, c.Accepted)).ToArray(),
            Gateways = cache.Gateways.Items.Values.Select(g => g.Facts).ToArray(),
        };
    }
}
