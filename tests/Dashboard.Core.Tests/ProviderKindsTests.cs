using Dashboard.Core.Providers;

namespace Dashboard.Core.Tests;

public class ProviderKindsTests
{
    [Fact]
    public void TheEightRancherKindsComeInTheTablesOrderThenRke2AndK3sWithUnknownLast()
    {
        ProviderKinds.All.Select(k => k.DisplayName()).ShouldBe(
        [
            "Amazon EKS", "Google GKE", "Azure AKS", "RKE on EC2", "RKE on DigitalOcean", "RKE on vSphere",
            "RKE on custom hosts", "Third-party MetalLB", "RKE2", "K3s", "Unknown",
        ]);
    }

    [Theory]
    [InlineData("eks", ProviderKind.AmazonEks)]
    [InlineData("rke-custom", ProviderKind.RkeCustom)]
    [InlineData("RKE-DigitalOcean", ProviderKind.RkeDigitalOcean)]
    [InlineData("metallb", ProviderKind.MetalLb)]
    [InlineData("rke2", ProviderKind.Rke2)]
    [InlineData("k3s", ProviderKind.K3s)]
    public void SandboxProfilesMapToTheirKind(string profile, ProviderKind kind)
    {
        ProviderKinds.FromSandboxProfile(profile).ShouldBe(kind);
        kind.SandboxProfile().ShouldBe(profile.ToLowerInvariant());
    }

    [Fact]
    public void AnUnknownProfileHasNoKind() => ProviderKinds.FromSandboxProfile("openshift").ShouldBeNull();
}
