using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.Profiles;

/// <summary>Each profile's nodes look like its platform's, as KubernetesClient reads them.</summary>
public sealed class ProfileNodeTests(ProfileClusters clusters) : IClassFixture<ProfileClusters>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Profiles => ProfileExpectations.Names;

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task EachProfileHasThreeReadyNodesWithItsPlatformsProviderIdLabelsAndAddresses(string profile)
    {
        var expected = ProfileExpectations.For(profile);
        var sandbox = await clusters.GetAsync(profile);

        var nodes = (await sandbox.Client.CoreV1.ListNodeAsync(cancellationToken: Ct)).Items;

        nodes.Count.ShouldBe(3);
        nodes.ShouldAllBe(n => n.Status.Conditions.Any(c => c.Type == "Ready" && c.Status == "True"));
        if (expected.ProviderIdPrefix is null)
        {
            nodes.ShouldAllBe(n => n.Spec.ProviderID == null);
        }
        else
        {
            nodes.ShouldAllBe(n => n.Spec.ProviderID.StartsWith(expected.ProviderIdPrefix, StringComparison.Ordinal));
            nodes.Select(n => n.Spec.ProviderID).Distinct().Count().ShouldBe(3);
        }

        nodes[0].Metadata.Labels[expected.FirstNodeLabel.Key].ShouldBe(expected.FirstNodeLabel.Value);
        nodes.Select(n => n.Status.Addresses.Single(a => a.Type == "ExternalIP").Address).ShouldBe(expected.ExternalIps);
        nodes.ShouldAllBe(n => n.Status.Addresses.Single(a => a.Type == "InternalIP").Address.StartsWith("10.", StringComparison.Ordinal));
        if (expected.IsRke)
        {
            nodes.ShouldAllBe(n => n.Metadata.Annotations["rke.cattle.io/external-ip"] == n.Status.Addresses.Single(a => a.Type == "ExternalIP").Address);
        }
    }

    [Theory]
    [InlineData("eks", "eks.amazonaws.com/nodegroup", "ng-1")]
    [InlineData("eks", "topology.kubernetes.io/region", "eu-west-1")]
    [InlineData("gke", "cloud.google.com/gke-nodepool", "default-pool")]
    [InlineData("aks", "kubernetes.azure.com/cluster", "MC_rg_aks_westeurope")]
    public async Task EveryNodeOfAManagedPlatformCarriesItsPlatformLabel(string profile, string key, string value)
    {
        var sandbox = await clusters.GetAsync(profile);

        var nodes = (await sandbox.Client.CoreV1.ListNodeAsync(cancellationToken: Ct)).Items;

        nodes.ShouldAllBe(n => n.Metadata.Labels[key] == value);
    }

    [Theory]
    [InlineData("eks", "aws:///eu-west-1a/i-0abc")]
    [InlineData("aks", "/virtualMachineScaleSets/aks-nodepool1-")]
    [InlineData("aks", "/virtualMachines/0")]
    [InlineData("rke-digitalocean", "digitalocean://4")]
    public async Task ProviderIdsHaveThePlatformsShape(string profile, string part)
    {
        var sandbox = await clusters.GetAsync(profile);

        var first = (await sandbox.Client.CoreV1.ListNodeAsync(cancellationToken: Ct)).Items[0];

        first.Spec.ProviderID.ShouldContain(part);
    }
}
