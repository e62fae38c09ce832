using Dashboard.Core.Providers;
using Dashboard.Core.Support;
using static Dashboard.Core.Tests.Support.Facts;

namespace Dashboard.Core.Tests.Support;

public class ProviderDetectionTests
{
    private static readonly Dictionary<string, string> RkeRoles = new() { ["node-role.kubernetes.io/controlplane"] = "true" };

    [Fact]
    public void EksNodesAreRecognisedWithTheirEvidence()
    {
        var facts = Cluster(Three(i => Node($"n{i}", $"aws:///eu-west-1a/i-{i}", new() { ["eks.amazonaws.com/nodegroup"] = "ng-1" })));

        var detected = ProviderDetection.Detect(facts);

        detected.Kind.ShouldBe(ProviderKind.AmazonEks);
        detected.Evidence.ShouldBe(["3 nodes with providerID aws://…", "label eks.amazonaws.com/nodegroup on 3 nodes"]);
    }

    [Fact]
    public void AwsNodesWithRkeRolesAreRkeOnEc2()
    {
        var detected = ProviderDetection.Detect(Cluster(Three(i => Node($"n{i}", $"aws:///i-{i}", RkeRoles))));

        detected.Kind.ShouldBe(ProviderKind.RkeEc2);
        detected.Evidence.ShouldContain("3 nodes with RKE roles or rke.cattle.io annotations");
    }

    [Theory]
    [InlineData("gce://project/zone/gke-1", ProviderKind.GoogleGke)]
    [InlineData("azure:///subscriptions/x/vm/0", ProviderKind.AzureAks)]
    [InlineData("digitalocean://123", ProviderKind.RkeDigitalOcean)]
    [InlineData("vsphere://4230", ProviderKind.RkeVsphere)]
    public void TheProviderIdPrefixDecides(string providerId, ProviderKind expected) =>
        ProviderDetection.Detect(Cluster(Three(i => Node($"n{i}", providerId, RkeRoles)))).Kind.ShouldBe(expected);

    [Fact]
    public void RkeOnBareMetalIsCustomHosts() =>
        ProviderDetection.Detect(Cluster(Three(i => Node($"n{i}", annotations: new() { ["rke.cattle.io/external-ip"] = "203.0.113.1" })))).Kind
            .ShouldBe(ProviderKind.RkeCustom);

    [Fact]
    public void MetalLbIsRecognisedByItsNamespaceOrPools()
    {
        var detected = ProviderDetection.Detect(Cluster(Three(i => Node($"n{i}", labels: RkeRoles)), ["default", "metallb-system"], pools: true));

        detected.Kind.ShouldBe(ProviderKind.MetalLb);
        detected.Evidence.ShouldContain("namespace metallb-system");
        detected.Evidence.ShouldContain("MetalLB IPAddressPool objects");
    }

    [Fact]
    public void APlatformLabelWithoutProviderIdIsEnough() =>
        ProviderDetection.Detect(Cluster(Three(i => Node($"n{i}", labels: new() { ["cloud.google.com/gke-nodepool"] = "default-pool" })))).Kind
            .ShouldBe(ProviderKind.GoogleGke);

    [Fact]
    public void NothingRecognisableIsUnknownWithoutEvidence()
    {
        var detected = ProviderDetection.Detect(Cluster(Three(i => Node($"n{i}"))));

        detected.Kind.ShouldBe(ProviderKind.Unknown);
        detected.Evidence.ShouldBeEmpty();
    }
}
