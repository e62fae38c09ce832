using System.Net;
using Dashboard.Sandbox.Profiles;
using Dashboard.Sandbox.Tests.Support;

namespace Dashboard.Sandbox.Tests.Profiles;

/// <summary>The profile list itself and the addresses the profiles hand out, read from their data.</summary>
public sealed class ProfileCatalogTests
{
    private static readonly string[] DocumentationRanges = ["192.0.2.", "198.51.100.", "203.0.113."];

    [Fact]
    public void TheProfilesAreListedInTheRancherTablesOrderThenRke2AndK3s() =>
        SandboxProfiles.Names.ShouldBe(["eks", "gke", "aks", "rke-ec2", "rke-digitalocean", "rke-vsphere", "rke-custom", "metallb", "rke2", "k3s"]);

    [Fact]
    public void TheTestDataCoversEveryProfile() =>
        ProfileExpectations.All.Select(p => p.Profile).ShouldBe(SandboxProfiles.Names);

    [Fact]
    public void ExternalIpsComeOnlyFromTheDocumentationRangesAndNoTwoProfilesShareOne()
    {
        var external = SandboxProfiles.Names
            .SelectMany(name => SandboxProfiles.Get(name).Nodes.SelectMany(n => n.Status.Addresses).Where(a => a.Type == "ExternalIP").Select(a => (Profile: name, a.Address)))
            .ToList();

        external.Count.ShouldBe(10 * 3);
        external.ShouldAllBe(a => DocumentationRanges.Any(range => a.Address.StartsWith(range, StringComparison.Ordinal)));
        external.Select(a => a.Address).Distinct().Count().ShouldBe(external.Count);
    }

    [Fact]
    public void InternalIpsArePrivateTenDotAddresses() =>
        SandboxProfiles.Names.SelectMany(name => SandboxProfiles.Get(name).Nodes.SelectMany(n => n.Status.Addresses))
            .Where(a => a.Type == "InternalIP")
            .ShouldAllBe(a => IPAddress.Parse(a.Address).GetAddressBytes()[0] == 10);

    [Fact]
    public void AnAddressRangeExpandsInclusivelyAcrossAnOctetBoundary()
    {
        AddressRange.Expand("192.0.2.254-192.0.3.1").ShouldBe(["192.0.2.254", "192.0.2.255", "192.0.3.0", "192.0.3.1"]);
        Should.Throw<ArgumentException>(() => AddressRange.Expand("192.0.2.9-192.0.2.1"));
    }
}
