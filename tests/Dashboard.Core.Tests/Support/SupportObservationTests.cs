using Dashboard.Core.Providers;
using Dashboard.Core.Support;
using static Dashboard.Core.Tests.Support.Facts;

namespace Dashboard.Core.Tests.Support;

public class SupportObservationTests
{
    private static readonly NodeFacts[] Nodes = Three(i => Node($"n{i}", ips: $"203.0.113.1{i}"));

    [Fact]
    public void TheMatrixHasAllEightRowsOfTheRancherTable()
    {
        SupportMatrix.Rows.Select(r => r.Kind).ShouldBe(ProviderKinds.All.Where(k => k is not (ProviderKind.Unknown or ProviderKind.Rke2 or ProviderKind.K3s)));
        SupportMatrix.For(ProviderKind.AzureAks)!.Layer7.Level.ShouldBe(SupportLevel.NotSupported);
        SupportMatrix.For(ProviderKind.RkeVsphere)!.Layer4.Text.ShouldBe("Limited: NGINX or third-party ingress*");
        SupportMatrix.For(ProviderKind.Unknown).ShouldBeNull();
    }

    [Fact]
    public void IngressesOnEveryNodesIpAreNodeIps()
    {
        var facts = Cluster(Nodes, classes: [Nginx], ingresses: [Addressed("web", Ip("203.0.113.11"), Ip("203.0.113.12"), Ip("203.0.113.13"))]);

        SupportObservation.Observe(facts).IngressExposure.ShouldBe(IngressExposure.NodeIps);
    }

    [Fact]
    public void AnIngressOnAnotherIpIsOneIpAndADnsNameIsADnsName()
    {
        SupportObservation.Observe(Cluster(Nodes, classes: [Nginx], ingresses: [Addressed("w", Ip("198.51.100.9"))])).IngressExposure.ShouldBe(IngressExposure.SingleIp);
        SupportObservation.Observe(Cluster(Nodes, classes: [Nginx], ingresses: [Addressed("w", Dns("k8s-x.elb.amazonaws.com"))])).IngressExposure.ShouldBe(IngressExposure.DnsName);
    }

    [Fact]
    public void LoadBalancerServicesAreCountedByWhatTheyGot()
    {
        var facts = Cluster(Nodes, services: [Addressed("a", Ip("198.51.100.1")), Addressed("b", Dns("x.elb.amazonaws.com")), Addressed("c")]);

        SupportObservation.Observe(facts).LoadBalancers.ShouldBe(new LoadBalancerObservation(3, 1, 1, 1));
    }

    [Fact]
    public void AksWithIngressNginxInstalledIsSaidPlainly()
    {
        var observed = SupportObservation.Observe(Cluster(Nodes, classes: [Nginx]));

        SupportDifferences.Between(SupportMatrix.For(ProviderKind.AzureAks), observed)
            .ShouldContain("The platform does not provide L7; this cluster has an ingress controller: nginx (k8s.io/ingress-nginx).");
    }

    [Fact]
    public void BareMetalWithMetalLbGivingAddressesIsSaidPlainly()
    {
        var observed = SupportObservation.Observe(Cluster(Nodes, ["metallb-system"], [Nginx], [Addressed("lb", Ip("198.51.100.200"))], configMaps: true));

        SupportDifferences.Between(SupportMatrix.For(ProviderKind.RkeCustom), observed)
            .ShouldBe(["MetalLB is installed here, so LoadBalancer Services get IPs although RKE on custom hosts has no load balancer of its own."]);
    }

    [Fact]
    public void APromisedL4ThatNeverGivesAnAddressIsSaidPlainly()
    {
        var observed = SupportObservation.Observe(Cluster(Nodes, services: [Addressed("lb")]));

        SupportDifferences.Between(SupportMatrix.For(ProviderKind.GoogleGke), observed).ShouldContain(d => d.Contains("none of the 1 LoadBalancer Service(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void AClusterThatKeepsThePromiseHasNoDifferences()
    {
        var observed = SupportObservation.Observe(Cluster(Nodes, classes: [Nginx], services: [Addressed("lb")],
            ingresses: [Addressed("w", Ip("203.0.113.11"), Ip("203.0.113.12"), Ip("203.0.113.13"))], configMaps: true));

        SupportDifferences.Between(SupportMatrix.For(ProviderKind.RkeCustom), observed).ShouldBeEmpty();
    }
}
