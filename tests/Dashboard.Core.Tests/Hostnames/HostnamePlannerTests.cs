using Dashboard.Core.Hostnames;
using Case = Dashboard.Core.Tests.Hostnames.HostnameCase;
using O = Dashboard.Core.Hostnames.HostnameOutcome;

namespace Dashboard.Core.Tests.Hostnames;

public class HostnamePlannerTests
{
    private const string Shop4 = "shop.web.203.0.113.10.sslip.io";

    public static TheoryData<Case> Cases { get; } = new(
        new Case("IPv4: the placeholder becomes the name", ["ip:203.0.113.10"], ["sslip.io"], [Shop4], O.Generated),
        new Case("IPv4: the first entry that has an IP wins, in status order",
            ["ip:203.0.113.10", "ip:203.0.113.11"], ["sslip.io"], [Shop4], O.Generated),
        new Case("IPv6 in the dashed form", ["ip:2001:db8::1"], ["sslip.io"], ["shop.web.2001-db8--1.sslip.io"], O.Generated),
        new Case("IPv6 loopback-style address gets no leading dash", ["ip:::1"], ["sslip.io"], ["shop.web.0--1.sslip.io"], O.Generated),
        new Case("IPv6 ending in :: gets no trailing dash", ["ip:fe80::"], ["sslip.io"], ["shop.web.fe80--0.sslip.io"], O.Generated),
        new Case("IPv6 written long is compressed", ["ip:2001:0DB8:0000:0000:0000:0000:0000:0001"], ["sslip.io"], ["shop.web.2001-db8--1.sslip.io"], O.Generated),
        new Case("an IPv4-mapped IPv6 address is written as IPv4", ["ip:::ffff:203.0.113.10"], ["sslip.io"], [Shop4], O.Generated),
        new Case("DNS name only: nothing generated, a CNAME instead", ["dns:k8s-shop-1234.eu-west-1.elb.amazonaws.com"], ["sslip.io"], ["sslip.io"], O.DnsNameOnly),
        new Case("mixed: a DNS entry first, the first IP is used", ["dns:lb.example.net", "ip:198.51.100.7"], ["sslip.io"], ["shop.web.198.51.100.7.sslip.io"], O.Generated),
        new Case("mixed in one entry: its IP is used", ["both:198.51.100.7,lb.example.net"], ["sslip.io"], ["shop.web.198.51.100.7.sslip.io"], O.Generated),
        new Case("empty status: waiting, nothing changes", [], ["sslip.io"], ["sslip.io"], O.WaitingForAddress),
        new Case("several rules: only the placeholder rules change",
            ["ip:203.0.113.10"], ["sslip.io", "api.example.com", "sslip.io"], [Shop4, "api.example.com", Shop4], O.Generated),
        new Case("a user host next to a generated one is untouched while the generated one follows the address",
            ["ip:203.0.113.20"], ["shop.example.com", Shop4], ["shop.example.com", "shop.web.203.0.113.20.sslip.io"], O.Generated, Generated: [Shop4]),
        new Case("a user host that looks generated but was not is never rewritten",
            ["ip:203.0.113.20"], [Shop4], [Shop4], O.NotRequested),
        new Case("a host that merely ends with the domain is left alone", ["ip:203.0.113.10"], ["my.sslip.io"], ["my.sslip.io"], O.NotRequested),
        new Case("a generated host already right is up to date", ["ip:203.0.113.10"], [Shop4], [Shop4], O.UpToDate, Generated: [Shop4]),
        new Case("the domain setting changed: the generated name is rewritten",
            ["ip:203.0.113.10"], [Shop4], ["shop.web.203.0.113.10.nip.io"], O.Generated, Domain: "nip.io", Generated: [Shop4]),
        new Case("the domain setting changed: the old domain as a host is a user host now",
            ["ip:203.0.113.10"], ["sslip.io"], ["sslip.io"], O.NotRequested, Domain: "nip.io"),
        new Case("a company's own wildcard domain", ["ip:203.0.113.10"], ["apps.example.com"], ["shop.web.203.0.113.10.apps.example.com"], O.Generated, Domain: "apps.example.com"),
        new Case("one click fills a rule without a host", ["ip:203.0.113.10"], [null, "api.example.com"], [Shop4, "api.example.com"], O.Generated, OneClick: true),
        new Case("without a click or request a rule without a host stays a catch-all", ["ip:203.0.113.10"], [null], [null], O.NotRequested),
        new Case("a request annotation fills a rule without a host", ["ip:203.0.113.10"], [""], [Shop4], O.Generated, Requested: true),
        new Case("one click without an address waits and keeps the catch-all", [], [null], [null], O.WaitingForAddress, OneClick: true),
        new Case("an ingress name label over 63 characters is refused", ["ip:203.0.113.10"], ["sslip.io"], ["sslip.io"], O.Invalid, Name: new string('a', 64)),
        new Case("a name over 253 characters in all is refused", ["ip:203.0.113.10"], ["sslip.io"], ["sslip.io"], O.Invalid,
            Name: string.Join('.', Enumerable.Repeat(new string('a', 60), 4))),
        new Case("a name of exactly 253 characters is accepted", ["ip:203.0.113.10"], ["sslip.io"],
            [string.Join('.', Enumerable.Repeat(new string('a', 56), 3)) + ".b." + new string('n', 58) + ".203.0.113.10.sslip.io"], O.Generated,
            Name: string.Join('.', Enumerable.Repeat(new string('a', 56), 3)) + ".b", Namespace: new string('n', 58)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheHostsFollowTheRules(Case row)
    {
        var plan = HostnamePlanner.Plan(row.Input());

        plan.RuleHosts.ShouldBe(row.ExpectedHosts, row.Description);
        plan.Outcome.ShouldBe(row.ExpectedOutcome, row.Description);
    }

    [Fact]
    public void TheExactlyLongestNameIsTwoHundredFiftyThreeCharacters() =>
        Cases.Select(c => c.Data).Single(c => c.Description.Contains("exactly 253", StringComparison.Ordinal)).ExpectedHosts[0]!.Length.ShouldBe(253);

    [Fact]
    public void ADnsOnlyLoadBalancerYieldsItsNamesAsCnameTargets()
    {
        var plan = HostnamePlanner.Plan(new Case("", ["dns:a.elb.amazonaws.com", "dns:b.elb.amazonaws.com"], ["sslip.io"], [], O.DnsNameOnly).Input());

        plan.CnameTargets.ShouldBe(["a.elb.amazonaws.com", "b.elb.amazonaws.com"]);
        plan.Hostname.ShouldBeNull();
    }

    [Fact]
    public void ATooLongLabelIsNamedInTheError()
    {
        var plan = HostnamePlanner.Plan(new Case("", ["ip:203.0.113.10"], ["sslip.io"], [], O.Invalid, Name: new string('a', 64)).Input());

        plan.Error.ShouldNotBeNull();
        plan.Error.ShouldContain("the ingress name contributes the label");
        plan.Error.ShouldContain("64 characters long, more than the 63");
        plan.Error.ShouldContain("Nothing was changed");
    }

    [Fact]
    public void ATooLongNameSaysHowLongEachPartIs()
    {
        var name = string.Join('.', Enumerable.Repeat(new string('a', 60), 4));
        var plan = HostnamePlanner.Plan(new Case("", ["ip:203.0.113.10"], ["sslip.io"], [], O.Invalid, Name: name).Input());

        plan.Error.ShouldNotBeNull();
        plan.Error.ShouldContain("more than the 253 a DNS name may have");
        plan.Error.ShouldContain($"ingress name {name.Length}");
    }

    [Fact]
    public void TheNewNameIsRememberedAndTheOldOneForgotten()
    {
        var plan = HostnamePlanner.Plan(new Case("", ["ip:203.0.113.20"], [Shop4], [], O.Generated, Generated: [Shop4]).Input());

        plan.GeneratedHosts.ShouldBe(["shop.web.203.0.113.20.sslip.io"]);
        plan.KeepRequest.ShouldBeFalse();
    }

    [Fact]
    public void TlsThatListedTheOldGeneratedNameListsTheNewOne()
    {
        var plan = HostnamePlanner.Plan(new Case("", ["ip:203.0.113.20"], [Shop4], [], O.Generated, Generated: [Shop4]).Input());

        plan.MapTlsHost(Shop4).ShouldBe("shop.web.203.0.113.20.sslip.io");
        plan.MapTlsHost("sslip.io").ShouldBe("shop.web.203.0.113.20.sslip.io");
        plan.MapTlsHost("shop.example.com").ShouldBe("shop.example.com");
    }

    [Fact]
    public void WaitingAfterAClickOnARuleWithoutHostKeepsTheRequestSoTheAddressCompletesIt()
    {
        var plan = HostnamePlanner.Plan(new Case("", [], [null], [], O.WaitingForAddress, OneClick: true).Input());

        plan.KeepRequest.ShouldBeTrue();
    }
}
