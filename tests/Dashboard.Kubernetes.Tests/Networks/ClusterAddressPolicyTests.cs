using System.Net;
using Dashboard.Kubernetes.Networks;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Tests.Networks;

/// <summary>The rulings alone: nothing here connects anywhere.</summary>
public class ClusterAddressPolicyTests
{
    private readonly LocalEndpoints local = new();

    private ClusterAddressPolicy Policy(List<string>? allowed = null, List<string>? denied = null) =>
        new(Options.Create(new ClusterAddressOptions { AllowedNetworks = allowed, DeniedNetworks = denied }), local);

    private AddressRuling Ruling(string address, int port = 6443, ClusterAddressPolicy? policy = null) =>
        (policy ?? Policy()).Judge(IPAddress.Parse(address), port).Ruling;

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::7f00:1")]
    public void LoopbackInAnySpellingIsRefusedByDefault(string address) => Ruling(address).ShouldBe(AddressRuling.NotListed);

    [Theory]
    [InlineData("10.20.30.40")]
    [InlineData("172.16.0.10")]
    [InlineData("192.168.1.10")]
    [InlineData("100.64.0.10")]
    [InlineData("fd12:3456::10")]
    [InlineData("::ffff:10.0.0.1")]
    public void PrivateRangesAreAllowedByDefault(string address) => Ruling(address).ShouldBe(AddressRuling.Allowed);

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700::1111")]
    public void PublicAddressesAreAllowedWhateverTheListsSay(string address) =>
        Ruling(address, policy: Policy(allowed: [])).ShouldBe(AddressRuling.Allowed);

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("fe80::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("100.100.100.200")]
    [InlineData("168.63.129.16")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("224.0.0.1")]
    public void LinkLocalMetadataAndBroadcastAddressesAreDeniedByDefault(string address) => Ruling(address).ShouldBe(AddressRuling.Denied);

    [Fact]
    public void ADeniedRangeWinsOverAnAllowedOne()
    {
        var policy = Policy(allowed: ["169.254.0.0/16"]);

        Ruling("169.254.169.254", policy: policy).ShouldBe(AddressRuling.Denied);
    }

    [Fact]
    public void ListingLoopbackAllowsIt()
    {
        var policy = Policy(allowed: ["127.0.0.0/8", "::1/128"]);

        Ruling("127.0.0.1", policy: policy).ShouldBe(AddressRuling.Allowed);
        Ruling("::ffff:127.0.0.1", policy: policy).ShouldBe(AddressRuling.Allowed);
        Ruling("::1", policy: policy).ShouldBe(AddressRuling.Allowed);
    }

    [Fact]
    public void DocumentationAddressesAreNotPublic() => Ruling("203.0.113.10").ShouldBe(AddressRuling.NotListed);

    [Fact]
    public void TheDashboardsOwnListenerIsRefusedEvenWhenLoopbackIsAllowed()
    {
        local.AddDashboardListener(IPAddress.Loopback, 5000);
        var policy = Policy(allowed: ["127.0.0.0/8"]);

        Ruling("127.0.0.1", 5000, policy).ShouldBe(AddressRuling.DashboardItself);
        Ruling("::ffff:127.0.0.1", 5000, policy).ShouldBe(AddressRuling.DashboardItself);
        Ruling("127.0.0.1", 5001, policy).ShouldBe(AddressRuling.Allowed);
    }

    [Fact]
    public void AListenerOnEveryAddressRefusesThatPortOnLoopbackAndTheUnspecifiedAddress()
    {
        local.AddDashboardListener(IPAddress.IPv6Any, 8080);
        var policy = Policy(allowed: ["127.0.0.0/8", "::1/128"], denied: [""]);

        Ruling("127.0.0.2", 8080, policy).ShouldBe(AddressRuling.DashboardItself);
        Ruling("::1", 8080, policy).ShouldBe(AddressRuling.DashboardItself);
        Ruling("0.0.0.0", 8080, policy).ShouldBe(AddressRuling.DashboardItself);
    }

    [Fact]
    public void TheEmbeddedSandboxIsAllowedOnLoopbackButOnlyOnItsOwnPort()
    {
        local.AddEmbeddedSandbox(new IPEndPoint(IPAddress.Loopback, 41234));

        Ruling("127.0.0.1", 41234).ShouldBe(AddressRuling.EmbeddedSandbox);
        Ruling("127.0.0.1", 41235).ShouldBe(AddressRuling.NotListed);
    }

    [Fact]
    public void TheRefusalNamesTheSettingAndTheRangeToAdd()
    {
        var verdict = Policy().Judge(IPAddress.Parse("::ffff:127.0.0.1"), 6443);

        var message = new ClusterAddressRefusedException("localhost", verdict).Message;

        message.ShouldStartWith("The API server host localhost resolves to 127.0.0.1, which is a loopback address");
        message.ShouldContain("add its range, such as 127.0.0.0/8, to Dashboard:Clusters:AllowedNetworks");
    }
}
