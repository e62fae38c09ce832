using Dashboard.Core.Providers;
using Dashboard.Core.Support;
using static Dashboard.Core.Tests.Support.Facts;

namespace Dashboard.Core.Tests.Support;

/// <summary>The promise, what MetalLB adds and what the cluster shows tell one story, whatever the platform.</summary>
public class SupportStoryTests
{
    private static readonly NodeFacts[] Nodes = Three(i => Node($"n{i}", ips: $"198.51.100.2{i}"));

    private static readonly ClusterFacts MetalLbWithAnAddress =
        Cluster(Nodes, ["metallb-system"], [Nginx], [Addressed("lb", Ip("198.51.100.200"))], pools: true, configMaps: true);

    [Fact]
    public void AMetalLbClusterKeepsTheMetalLbRowsPromise()
    {
        var observed = SupportObservation.Observe(MetalLbWithAnAddress);

        SupportDifferences.Between(SupportMatrix.For(ProviderKind.MetalLb), observed).ShouldBeEmpty();
    }

    [Fact]
    public void OnMetalLbLayer7IsTheInstalledIngressControllerNotAnUnknown()
    {
        var observed = SupportObservation.Observe(MetalLbWithAnAddress);

        Layer7Answer.For(SupportMatrix.For(ProviderKind.MetalLb), observed)
            .ShouldBe("An Ingress is served by nginx (k8s.io/ingress-nginx). MetalLB balances Layer 4 only, so Layer 7 is whichever ingress controller is installed.");
    }

    [Fact]
    public void AClusterRegisteredAsMetalLbWithoutMetalLbIsADifference()
    {
        var observed = SupportObservation.Observe(Cluster(Nodes, classes: [Nginx], configMaps: true));

        SupportDifferences.Between(SupportMatrix.For(ProviderKind.MetalLb), observed)
            .ShouldBe(["The cluster is registered as MetalLB, but MetalLB is not installed here: no metallb-system namespace and no IPAddressPool."]);
    }

    [Fact]
    public void WhereMetalLbGivesAddressesTheConfigMapAlternativeIsNotAskedFor()
    {
        var observed = SupportObservation.Observe(Cluster(Nodes, ["metallb-system"], [Nginx], [Addressed("lb", Ip("198.51.100.200"))]));

        SupportDifferences.Between(SupportMatrix.For(ProviderKind.RkeCustom), observed).ShouldNotContain(d => d.Contains("ConfigMaps", StringComparison.Ordinal));
    }

    [Fact]
    public void AksWithoutAControllerSaysAnIngressGetsNoAddress()
    {
        var observed = SupportObservation.Observe(Cluster(Nodes));

        Layer7Answer.For(SupportMatrix.For(ProviderKind.AzureAks), observed).ShouldStartWith("An Ingress gets no address here: Azure AKS has no ingress controller");
    }

    [Fact]
    public void TheAsteriskOfALimitedCellIsExplainedAndOtherCellsHaveNoFootnote()
    {
        SupportMatrix.FootnoteFor(SupportMatrix.For(ProviderKind.RkeCustom)!.Layer4).ShouldBe(SupportMatrix.ConfigMapFootnote);
        SupportMatrix.FootnoteFor(SupportMatrix.For(ProviderKind.AmazonEks)!.Layer4).ShouldBeNull();
    }
}
