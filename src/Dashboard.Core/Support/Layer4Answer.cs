using Dashboard.Core.Providers;

namespace Dashboard.Core.Support;

/// <summary>
/// The plain answer to "what does a LoadBalancer Service get here?", from the platform's promise and what the live
/// cluster shows. The Support tab, the Service wizard and the Service page all say this one sentence.
/// </summary>
public sealed record Layer4Answer(Layer4Outcome Outcome, string Text)
{
    public const string MetalLbNotInRancher =
        "Rancher 2.0–2.4 documentation lists MetalLB as limited because Rancher cannot configure it; MetalLB itself is " +
        "the Layer-4 load balancer: it gives LoadBalancer Services IPs from its address pools.";

    public bool StaysPending => Outcome == Layer4Outcome.StaysPending;

    /// <param name="today">The platform's row of today: it answers for RKE2 and K3s, which the Rancher table has no row for.</param>
    public static Layer4Answer For(SupportRow? promise, ObservedSupport observed, PlatformToday? today = null)
    {
        if (promise?.LoadBalancerGets is { } gets)
            return new(Layer4Outcome.FromPlatform, $"A LoadBalancer Service gets {gets}.");
        if (promise is null && !observed.MetalLbPresent && today?.LoadBalancerGets is { } todayGets)
            return new(Layer4Outcome.FromPlatform, $"A LoadBalancer Service gets {todayGets}.");
        if (observed.MetalLbPresent)
            return new(Layer4Outcome.FromMetalLb, "MetalLB is installed here: a LoadBalancer Service gets an IP from its address pool.");
        if (observed.LoadBalancers.EverGotAnAddress)
            return new(Layer4Outcome.FromCluster,
                "LoadBalancer Services here get addresses from something installed on the cluster, although the platform has no load balancer of its own.");
        var kind = promise?.Kind ?? today?.Kind;
        if (kind is not { } known)
            return new(Layer4Outcome.Unknown,
                "The platform is not known, so neither is what a LoadBalancer Service gets: set the cluster's provider kind, or create one and watch its address.");

        var why = known switch
        {
            ProviderKind.MetalLb => "MetalLB is not installed (no metallb-system namespace, no IPAddressPool)",
            _ when promise is null => $"{known.DisplayName()} has no load balancer for Services turned on",
            _ => $"{known.DisplayName()} has no load balancer for Services",
        };
        var turnOn = today?.OffByDefault.FirstOrDefault(o => o.What.StartsWith("ServiceLB", StringComparison.Ordinal)) is { } serviceLb
            ? $" {serviceLb.What}: {serviceLb.HowToTurnOn}"
            : "";
        return new(Layer4Outcome.StaysPending, $"A LoadBalancer Service will stay pending here: {why}. Instead use {Alternatives(observed)}.{turnOn}");
    }

    private static string Alternatives(ObservedSupport observed)
    {
        var ways = new List<string> { "a NodePort Service (any node's IP, a port in 30000–32767)" };
        if (observed.HasIngressController)
            ways.Add("an Ingress for HTTP and HTTPS");
        if (observed.TcpServicesConfigMap || observed.UdpServicesConfigMap || observed.IngressClasses.Any(c => c.Controller == IngressNginxController))
            ways.Add("a TCP/UDP port of ingress-nginx (its tcp-services/udp-services ConfigMaps)");
        ways.Add("MetalLB, once installed with an IPAddressPool");
        return ways.Count == 2 ? $"{ways[0]} or {ways[1]}" : $"{string.Join(", ", ways[..^1])}, or {ways[^1]}";
    }

    private const string IngressNginxController = "k8s.io/ingress-nginx";
}
