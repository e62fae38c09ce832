using Dashboard.Core.Providers;

namespace Dashboard.Core.Support;

/// <summary>Where the promise of the platform and what the cluster shows differ, said plainly.</summary>
public static class SupportDifferences
{
    /// <param name="today">The platform's row of today; for RKE2 and K3s, which the Rancher table has no row for, it is the promise.</param>
    public static IReadOnlyList<string> Between(SupportRow? promise, ObservedSupport observed, PlatformToday? today = null)
    {
        if (promise is null && today is not null)
            return SinceRancherTable(today, observed);
        if (promise is null)
            return ["The provider kind is unknown, so there is no promise to compare with: set the kind on the cluster."];
        var differences = new List<string>();
        var controllers = string.Join(", ", observed.IngressClasses.Select(c => $"{c.Name} ({c.Controller})"));

        if (promise.Layer7.Level == SupportLevel.NotSupported && observed.HasIngressController)
            differences.Add($"The platform does not provide L7; this cluster has an ingress controller: {controllers}.");
        if (promise.Layer7.Level == SupportLevel.Supported && !observed.HasIngressController)
            differences.Add($"The platform promises L7 ({promise.Layer7.Text}), but this cluster has no IngressClass: no ingress controller announces itself.");
        if (promise.Exposure is not (IngressExposure.Unknown or IngressExposure.None)
            && observed.IngressExposure is not (IngressExposure.Unknown or IngressExposure.None)
            && promise.Exposure != observed.IngressExposure)
            differences.Add($"Ingresses here get {Words(observed.IngressExposure)}, where the platform's controller gives {Words(promise.Exposure)}.");

        var lbs = observed.LoadBalancers;
        if (promise.Layer4.Level == SupportLevel.Supported && lbs.Services > 0 && !lbs.EverGotAnAddress)
            differences.Add($"The platform promises L4 load balancers, but none of the {lbs.Services} LoadBalancer Service(s) here has an address.");
        // MetalLB's own row promises what MetalLB gives: only another platform with MetalLB (or something else) differs.
        var platformHasNoLoadBalancer = promise.Layer4.Level == SupportLevel.Limited && promise.Kind != ProviderKind.MetalLb;
        if (platformHasNoLoadBalancer && (observed.MetalLbPresent || lbs.EverGotAnAddress))
            differences.Add(observed.MetalLbPresent
                ? $"MetalLB is installed here, so LoadBalancer Services get IPs although {promise.Kind.DisplayName()} has no load balancer of its own."
                : $"LoadBalancer Services here get addresses from something installed on the cluster, although {promise.Kind.DisplayName()} has no load balancer of its own.");
        if (promise.Kind == ProviderKind.MetalLb && !observed.MetalLbPresent)
            differences.Add("The cluster is registered as MetalLB, but MetalLB is not installed here: no metallb-system namespace and no IPAddressPool.");
        var staysPending = promise.Layer4.Level == SupportLevel.Limited && !observed.MetalLbPresent && !lbs.EverGotAnAddress;
        if (staysPending && observed.HasIngressController && !(observed.TcpServicesConfigMap || observed.UdpServicesConfigMap))
            differences.Add("Rancher's alternative for L4, the ingress-nginx tcp-services/udp-services ConfigMaps, is not present in namespace ingress-nginx.");
        return differences;
    }

    private static List<string> SinceRancherTable(PlatformToday today, ObservedSupport observed)
    {
        var differences = new List<string>();
        var lbs = observed.LoadBalancers;
        if (today.LoadBalancerGets is not null && !observed.MetalLbPresent && lbs.Services > 0 && !lbs.EverGotAnAddress)
            differences.Add($"{today.Kind.DisplayName()} gives LoadBalancer Services {today.LoadBalancerGets}, but none of the {lbs.Services} here has an address: ServiceLB may be turned off (--disable=servicelb), or no node has the port free.");
        if (IngressNginxRetirement.Runs(observed.IngressClasses) && !today.IngressControllerRetired)
            differences.Add($"This cluster still runs ingress-nginx, where {today.Kind.DisplayName()} today ships {today.IngressController}");
        return differences;
    }

    private static string Words(IngressExposure exposure) => exposure switch
    {
        IngressExposure.DnsName => "a DNS name",
        IngressExposure.SingleIp => "one IP",
        IngressExposure.NodeIps => "every node's external IP",
        _ => "no address",
    };
}
