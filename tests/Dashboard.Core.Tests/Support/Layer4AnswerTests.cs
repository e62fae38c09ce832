using Dashboard.Core.Providers;
using Dashboard.Core.Support;
using static Dashboard.Core.Tests.Support.Facts;

namespace Dashboard.Core.Tests.Support;

public class Layer4AnswerTests
{
    private static readonly NodeFacts[] Nodes = Three(i => Node($"n{i}", ips: $"203.0.113.1{i}"));

    private static Layer4Answer Answer(ProviderKind kind, ClusterFacts facts) =>
        Layer4Answer.For(SupportMatrix.For(kind), SupportObservation.Observe(facts));

    [Fact]
    public void OnBareMetalWithoutALoadBalancerTheServiceStaysPendingAndTheAlternativesAreNamed()
    {
        var answer = Answer(ProviderKind.RkeCustom, Cluster(Nodes, classes: [Nginx], configMaps: true));

        answer.Outcome.ShouldBe(Layer4Outcome.StaysPending);
        answer.Text.ShouldStartWith("A LoadBalancer Service will stay pending here: RKE on custom hosts has no load balancer for Services.");
        answer.Text.ShouldContain("NodePort");
        answer.Text.ShouldContain("an Ingress for HTTP and HTTPS");
        answer.Text.ShouldContain("tcp-services/udp-services ConfigMaps");
        answer.Text.ShouldContain("MetalLB");
        answer.Text.ShouldNotContain("*");
    }

    [Fact]
    public void WithoutAnIngressControllerNeitherIngressNorItsConfigMapsAreOffered()
    {
        var answer = Answer(ProviderKind.RkeVsphere, Cluster(Nodes));

        answer.StaysPending.ShouldBeTrue();
        answer.Text.ShouldNotContain("Ingress");
        answer.Text.ShouldNotContain("ConfigMaps");
    }

    [Fact]
    public void ACloudPlatformSaysWhatItsLoadBalancerGives()
    {
        var eks = Answer(ProviderKind.AmazonEks, Cluster(Nodes));
        var aks = Answer(ProviderKind.AzureAks, Cluster(Nodes));

        eks.Outcome.ShouldBe(Layer4Outcome.FromPlatform);
        eks.Text.ShouldBe("A LoadBalancer Service gets a DNS name of an AWS Elastic Load Balancer (TCP) from the AWS cloud provider.");
        aks.Text.ShouldContain("an IP of an Azure load balancer (TCP, UDP)");
    }

    [Fact]
    public void AMetalLbClusterWithMetalLbInstalledGetsIpsFromItsPoolEvenThoughTheTableSaysLimited()
    {
        var answer = Answer(ProviderKind.MetalLb, Cluster(Nodes, ["metallb-system"], [Nginx], [Addressed("lb")], pools: true));

        SupportMatrix.For(ProviderKind.MetalLb)!.Layer4.Level.ShouldBe(SupportLevel.Limited);
        answer.Outcome.ShouldBe(Layer4Outcome.FromMetalLb);
        answer.Text.ShouldBe("MetalLB is installed here: a LoadBalancer Service gets an IP from its address pool.");
    }

    [Fact]
    public void AMetalLbClusterWithoutMetalLbSaysWhatIsMissing()
    {
        var answer = Answer(ProviderKind.MetalLb, Cluster(Nodes, classes: [Nginx]));

        answer.StaysPending.ShouldBeTrue();
        answer.Text.ShouldContain("MetalLB is not installed (no metallb-system namespace, no IPAddressPool)");
    }

    [Fact]
    public void AddressesFromSomethingElseInstalledAreNotCalledPending()
    {
        var answer = Answer(ProviderKind.RkeDigitalOcean, Cluster(Nodes, services: [Addressed("lb", Ip("192.0.2.7"))]));

        answer.Outcome.ShouldBe(Layer4Outcome.FromCluster);
    }

    [Fact]
    public void AnUnknownPlatformWithNothingObservedSaysSo()
    {
        Layer4Answer.For(null, SupportObservation.Observe(Cluster(Nodes))).Outcome.ShouldBe(Layer4Outcome.Unknown);
    }
}
