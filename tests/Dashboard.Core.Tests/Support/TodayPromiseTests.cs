using Dashboard.Core.Providers;
using Dashboard.Core.Support;
using static Dashboard.Core.Tests.Support.Facts;

namespace Dashboard.Core.Tests.Support;

/// <summary>RKE2 and K3s have no row in the Rancher table: the row of today answers for them.</summary>
public class TodayPromiseTests
{
    private static readonly NodeFacts[] Nodes = Three(i => Node($"n{i}", ips: $"203.0.113.1{i}"));

    private static Layer4Answer Answer(ProviderKind kind, ClusterFacts facts) =>
        Layer4Answer.For(SupportMatrix.For(kind), SupportObservation.Observe(facts), TodayMatrix.For(kind));

    private static IReadOnlyList<string> Differences(ProviderKind kind, ClusterFacts facts) =>
        SupportDifferences.Between(SupportMatrix.For(kind), SupportObservation.Observe(facts), TodayMatrix.For(kind));

    [Fact]
    public void OnK3sALoadBalancerServiceGetsTheNodesIpsFromServiceLb()
    {
        var answer = Answer(ProviderKind.K3s, Cluster(Nodes));

        answer.Outcome.ShouldBe(Layer4Outcome.FromPlatform);
        answer.Text.ShouldBe("A LoadBalancer Service gets the nodes' IPs from ServiceLB (K3s's klipper-lb; pending while no node has the port free).");
    }

    [Fact]
    public void OnRke2ALoadBalancerServiceStaysPendingAndTheAnswerSaysHowToTurnOnServiceLb()
    {
        var answer = Answer(ProviderKind.Rke2, Cluster(Nodes));

        answer.StaysPending.ShouldBeTrue();
        answer.Text.ShouldStartWith("A LoadBalancer Service will stay pending here: RKE2 has no load balancer for Services turned on.");
        answer.Text.ShouldEndWith("Start the RKE2 servers with --enable-servicelb.");
    }

    [Fact]
    public void OnRke2WithMetalLbTheServiceGetsAPoolIp() =>
        Answer(ProviderKind.Rke2, Cluster(Nodes, ["default", "metallb-system"], pools: true)).Outcome.ShouldBe(Layer4Outcome.FromMetalLb);

    [Fact]
    public void WithoutTheRowOfTodayTheKindStaysUnknownAsBefore() =>
        Layer4Answer.For(null, SupportObservation.Observe(Cluster(Nodes))).Outcome.ShouldBe(Layer4Outcome.Unknown);

    [Fact]
    public void AK3sClusterIsNotCalledAnUnknownKind() =>
        Differences(ProviderKind.K3s, Cluster(Nodes)).ShouldBeEmpty();

    [Fact]
    public void PendingLoadBalancersOnK3sPointAtServiceLb()
    {
        var difference = Differences(ProviderKind.K3s, Cluster(Nodes, services: [Addressed("db")])).ShouldHaveSingleItem();

        difference.ShouldContain("none of the 1 here has an address: ServiceLB may be turned off (--disable=servicelb)");
    }

    [Fact]
    public void Rke2StillOnIngressNginxIsTold() =>
        Differences(ProviderKind.Rke2, Cluster(Nodes, classes: [Nginx])).ShouldHaveSingleItem()
            .ShouldStartWith("This cluster still runs ingress-nginx, where RKE2 today ships Traefik on new clusters from v1.36");
}
