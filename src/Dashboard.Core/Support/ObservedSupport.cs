namespace Dashboard.Core.Support;

/// <summary>What LoadBalancer Services on the cluster got: counts by what their status holds.</summary>
public sealed record LoadBalancerObservation(int Services, int WithIp, int WithDnsName, int Pending)
{
    public bool EverGotAnAddress => WithIp + WithDnsName > 0;
}

/// <summary>What the dashboard sees on the live cluster, next to the promise of its row.</summary>
public sealed record ObservedSupport(
    IReadOnlyList<IngressClassFacts> IngressClasses,
    IngressExposure IngressExposure,
    int IngressesObserved,
    LoadBalancerObservation LoadBalancers,
    bool MetalLbPresent,
    bool TcpServicesConfigMap,
    bool UdpServicesConfigMap)
{
    public bool HasIngressController => IngressClasses.Count > 0;
}

public static class SupportObservation
{
    public static ObservedSupport Observe(ClusterFacts facts)
    {
        var lbs = facts.LoadBalancerServices;
        var balancers = new LoadBalancerObservation(
            lbs.Count,
            lbs.Count(s => s.Addresses.Any(a => a.Ip is not null)),
            lbs.Count(s => s.Addresses.Any(a => a.Ip is null && a.Hostname is not null)),
            lbs.Count(s => s.Addresses.Count == 0));
        return new ObservedSupport(
            facts.IngressClasses,
            Exposure(facts),
            facts.Ingresses.Count(i => i.Addresses.Count > 0),
            balancers,
            facts.Namespaces.Contains("metallb-system") || facts.HasMetalLbAddressPools,
            facts.HasTcpServicesConfigMap,
            facts.HasUdpServicesConfigMap);
    }

    /// <summary>Node IPs when an ingress's IPs are node external IPs; one IP; a DNS name; None when no ingress has an address yet.</summary>
    private static IngressExposure Exposure(ClusterFacts facts)
    {
        var addressed = facts.Ingresses.Where(i => i.Addresses.Count > 0).ToArray();
        if (addressed.Length == 0)
            return facts.IngressClasses.Count == 0 ? IngressExposure.None : IngressExposure.Unknown;
        var ips = addressed[0].Addresses.Where(a => a.Ip is not null).Select(a => a.Ip!).ToArray();
        if (ips.Length == 0)
            return IngressExposure.DnsName;
        var nodeIps = facts.Nodes.SelectMany(n => n.ExternalIps).ToHashSet(StringComparer.Ordinal);
        return ips.All(nodeIps.Contains) ? IngressExposure.NodeIps : IngressExposure.SingleIp;
    }
}
