using Dashboard.Core.Hostnames;
using Dashboard.Core.Support;
using O = Dashboard.Core.Hostnames.HostnameOutcome;

namespace Dashboard.Core.Tests.Hostnames;

public class RouteHostnamePlannerTests
{
    private const string Shop4 = "shop.web.203.0.113.10.sslip.io";

    private static readonly RouteListener AnyHost = new("edge", "http", null);
    private static readonly RouteListener ShopOnly = new("web", "https", "*.shop.example");

    private static HostnamePlan Plan(
        GatewayAddress[] addresses, string[] hostnames, string[]? generated = null, RouteListener[]? listeners = null,
        bool oneClick = false, bool requested = false, string domain = "sslip.io", string name = "shop") =>
        RouteHostnamePlanner.Plan(new RouteHostnameInput(name, "web", domain, addresses, hostnames, generated ?? [], listeners ?? [AnyHost], requested, oneClick));

    private static GatewayAddress Ip(string value) => new("IPAddress", value);

    private static GatewayAddress Dns(string value) => new("Hostname", value);

    [Fact]
    public void ThePlaceholderBecomesTheNameFromTheGatewaysIp()
    {
        var plan = Plan([Ip("203.0.113.10")], ["sslip.io"]);

        plan.Outcome.ShouldBe(O.Generated);
        plan.RuleHosts.ShouldBe([Shop4]);
        plan.Hostname.ShouldBe(Shop4);
    }

    [Fact]
    public void TheFirstAddressWhoseValueIsAnIpWinsWhateverItsType()
    {
        var plan = Plan([new("IPAddress", "abc123.fz12.alb.azure.com"), new("Hostname", "198.51.100.7"), Ip("203.0.113.10")], ["sslip.io"]);

        plan.Hostname.ShouldBe("shop.web.198.51.100.7.sslip.io");
    }

    [Fact]
    public void AnFqdnWrittenAsIpAddressIsAskedForAsACname()
    {
        var plan = Plan([new("IPAddress", "abc123.fz12.alb.azure.com")], ["sslip.io"]);

        plan.Outcome.ShouldBe(O.DnsNameOnly);
        plan.CnameTargets.ShouldBe(["abc123.fz12.alb.azure.com"]);
        plan.RuleHosts.ShouldBe(["sslip.io"]);
    }

    [Fact]
    public void ADnsNameOnlyGatewayGetsTheExactCnameTarget()
    {
        var plan = Plan([Dns("k8s-shop-web-0123456789.elb.eu-west-1.amazonaws.com")], ["sslip.io"]);

        plan.Outcome.ShouldBe(O.DnsNameOnly);
        plan.CnameTargets.ShouldBe(["k8s-shop-web-0123456789.elb.eu-west-1.amazonaws.com"]);
    }

    [Fact]
    public void IPv6IsWrittenTheSslipWay() =>
        Plan([Ip("2001:db8::1")], ["sslip.io"]).Hostname.ShouldBe("shop.web.2001-db8--1.sslip.io");

    [Fact]
    public void UserHostnamesAreUntouchedBesideTheGeneratedOne()
    {
        var plan = Plan([Ip("203.0.113.10")], ["shop.example.com", "sslip.io"]);

        plan.RuleHosts.ShouldBe(["shop.example.com", Shop4]);
    }

    [Fact]
    public void ARouteWithOnlyUserHostnamesIsNotRewrittenEvenOnAClick()
    {
        var plan = Plan([Ip("203.0.113.10")], ["shop.example.com"], oneClick: true);

        plan.Outcome.ShouldBe(O.NotRequested);
        plan.RuleHosts.ShouldBe(["shop.example.com"]);
    }

    [Fact]
    public void AClickOnARouteWithoutHostnamesGivesItTheGeneratedOne()
    {
        var plan = Plan([Ip("203.0.113.10")], [], oneClick: true);

        plan.Outcome.ShouldBe(O.Generated);
        plan.RuleHosts.ShouldBe([Shop4]);
    }

    [Fact]
    public void ARouteWithoutHostnamesAndNoRequestStaysACatchAll()
    {
        var plan = Plan([Ip("203.0.113.10")], []);

        plan.Outcome.ShouldBe(O.NotRequested);
        plan.RuleHosts.ShouldBeEmpty();
    }

    [Fact]
    public void TwoPlaceholdersBecomeOneHostname() =>
        Plan([Ip("203.0.113.10")], ["sslip.io", "SSLIP.io"]).RuleHosts.ShouldBe([Shop4]);

    [Fact]
    public void TheGeneratedNameFollowsTheGatewaysNewAddress()
    {
        var plan = Plan([Ip("203.0.113.20")], [Shop4], generated: [Shop4]);

        plan.Outcome.ShouldBe(O.Generated);
        plan.RuleHosts.ShouldBe(["shop.web.203.0.113.20.sslip.io"]);
        plan.GeneratedHosts.ShouldBe(["shop.web.203.0.113.20.sslip.io"]);
    }

    [Fact]
    public void ARequestWithoutAnAddressWaitsAndKeepsTheRequest()
    {
        var plan = Plan([], [], requested: true);

        plan.Outcome.ShouldBe(O.WaitingForAddress);
        plan.KeepRequest.ShouldBeTrue();
        plan.RuleHosts.ShouldBeEmpty();
    }

    [Fact]
    public void ATooLongRouteNameIsNamedAsARoute()
    {
        var plan = Plan([Ip("203.0.113.10")], ["sslip.io"], name: new string('r', 64));

        plan.Outcome.ShouldBe(O.Invalid);
        plan.Error.ShouldNotBeNull();
        plan.Error.ShouldContain("the route name contributes the label");
    }

    [Fact]
    public void AListenerThatTakesOnlyItsOwnDomainRefusesTheGeneratedNameAndSaysWhatToDo()
    {
        var plan = Plan([Ip("203.0.113.10")], ["sslip.io"], listeners: [ShopOnly]);

        plan.Outcome.ShouldBe(O.ListenerMismatch);
        plan.RuleHosts.ShouldBe(["sslip.io"]);
        plan.Hostname.ShouldBeNull();
        plan.Error.ShouldBe("The listener https of Gateway web accepts only *.shop.example: a generated name under sslip.io cannot attach. Add your own hostname, or a listener without one.");
    }

    [Fact]
    public void ARefusedNameIsNotRememberedAsGenerated() =>
        Plan([Ip("203.0.113.10")], ["sslip.io"], listeners: [ShopOnly]).GeneratedHosts.ShouldBeEmpty();

    [Fact]
    public void TheRefusalIsKnownBeforeTheGatewayHasAnAddress() =>
        Plan([], [], listeners: [ShopOnly], oneClick: true).Outcome.ShouldBe(O.ListenerMismatch);

    [Fact]
    public void AWildcardListenerOverTheDomainTakesTheGeneratedName() =>
        Plan([Ip("203.0.113.10")], ["sslip.io"], listeners: [new("web", "https", "*.sslip.io")]).Outcome.ShouldBe(O.Generated);

    [Fact]
    public void AListenerForExactlyTheGeneratedNameTakesIt() =>
        Plan([Ip("203.0.113.10")], ["sslip.io"], listeners: [new("web", "https", Shop4)]).Outcome.ShouldBe(O.Generated);

    [Fact]
    public void AListenerForAnotherAddressRefusesOnceTheAddressIsKnown() =>
        Plan([Ip("203.0.113.20")], ["sslip.io"], listeners: [new("web", "https", Shop4)]).Outcome.ShouldBe(O.ListenerMismatch);

    [Fact]
    public void OneListenerWithoutAHostnameAmongSeveralIsEnough() =>
        Plan([Ip("203.0.113.10")], ["sslip.io"], listeners: [ShopOnly, AnyHost]).Outcome.ShouldBe(O.Generated);

    [Fact]
    public void SeveralRestrictedListenersAreAllNamed()
    {
        var plan = Plan([Ip("203.0.113.10")], ["sslip.io"], listeners: [ShopOnly, new("web", "https-apex", "shop.example")]);

        plan.Error.ShouldNotBeNull();
        plan.Error.ShouldContain("(https of Gateway web, https-apex of Gateway web) accept only *.shop.example, shop.example");
    }

    [Fact]
    public void IngressCallersStillSeeIngressWords()
    {
        var plan = HostnamePlanner.Plan(new HostnameInput(new string('a', 64), "web", "sslip.io", [new LoadBalancerAddress("203.0.113.10", null)], ["sslip.io"], []));

        plan.Error.ShouldNotBeNull();
        plan.Error.ShouldContain("the ingress name contributes the label");
    }
}
