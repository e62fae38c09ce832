using Dashboard.Core.Hostnames;
using Dashboard.Core.Providers;
using Dashboard.Core.Routes;
using Dashboard.Core.Support;
using Dashboard.Web.Components.Gateways;
using Dashboard.Web.Components.HttpRoutes;

namespace Dashboard.Web.Tests.Components;

/// <summary>What the Gateway and HTTPRoute wizards start with, per platform (the matrix of today) and per cluster.</summary>
public class GatewayWizardDefaultsTests
{
    private static ClusterFacts Facts(bool servesGatewayApi, params GatewayClassFacts[] classes) =>
        new([], [], [], [], [], false, false, false) { ServesGatewayApi = servesGatewayApi, GatewayClasses = classes };

    [Fact]
    public void OnGkeTheDefaultClassIsTheFirstUsualAcceptedClassOfTheGkeController()
    {
        GatewayClassFacts[] classes =
        [
            new("eg", "gateway.envoyproxy.io/gatewayclass-controller", true),
            new("gke-l7-rilb", "networking.gke.io/gateway", true),
            new("gke-l7-global-external-managed", "networking.gke.io/gateway", true),
        ];

        GatewayWizardClassDefault.For(TodayMatrix.For(ProviderKind.GoogleGke), classes).ShouldBe("gke-l7-global-external-managed");
    }

    [Fact]
    public void AClassItsControllerDidNotAcceptIsNeverTheDefault()
    {
        GatewayClassFacts[] classes = [new("traefik", TodayMatrix.TraefikController, false), new("eg", "gateway.envoyproxy.io/gatewayclass-controller", true)];

        GatewayWizardClassDefault.For(TodayMatrix.For(ProviderKind.K3s), classes).ShouldBe("eg");
    }

    [Fact]
    public void WithoutAnAcceptedClassThereIsNoDefaultAndTheUserPicks()
    {
        GatewayWizardClassDefault.For(TodayMatrix.For(ProviderKind.Rke2), [new("traefik", TodayMatrix.TraefikController, null)]).ShouldBe("");
    }

    [Fact]
    public void AnRke2ClusterWithTheCrdsButNoClassIsToldToTurnOnTraefiksGatewayProviderWithTheHelmChartConfig()
    {
        var availability = GatewayWizardAvailability.Of(TodayMatrix.For(ProviderKind.Rke2), Facts(servesGatewayApi: true));

        availability.Blocked.ShouldBeTrue();
        availability.Sentences[0].ShouldBe("A Gateway cannot be created here yet: this cluster has no GatewayClass, so no controller would serve it.");
        availability.Sentences.ShouldContain(s => s.Contains("HelmChartConfig named rke2-traefik", StringComparison.Ordinal));
    }

    [Fact]
    public void AGkeClusterWithoutTheCrdsIsToldTheGcloudCommandThatTurnsGatewayApiOn()
    {
        var availability = GatewayWizardAvailability.Of(TodayMatrix.For(ProviderKind.GoogleGke), Facts(servesGatewayApi: false));

        availability.Blocked.ShouldBeTrue();
        availability.Sentences[0].ShouldContain("does not serve Gateway API");
        availability.Sentences.ShouldContain(s => s.Contains("--gateway-api=standard", StringComparison.Ordinal));
    }

    [Fact]
    public void AMetalLbClusterWithTheCrdsButNoClassIsToldWhichControllersItCouldInstall()
    {
        var availability = GatewayWizardAvailability.Of(TodayMatrix.For(ProviderKind.MetalLb), Facts(servesGatewayApi: true));

        availability.Sentences.Count.ShouldBe(2);
        availability.Sentences[1].ShouldBe("Third-party MetalLB ships no Gateway API controller: install the CRDs (standard channel) and one, such as Envoy Gateway, Cilium, NGINX Gateway Fabric, Istio or kgateway.");
    }

    [Fact]
    public void AClusterWithAGatewayClassIsNotBlocked()
    {
        var availability = GatewayWizardAvailability.Of(TodayMatrix.For(ProviderKind.GoogleGke), Facts(true, new GatewayClassFacts("gke-l7-rilb", "networking.gke.io/gateway", true)));

        availability.ShouldBe(new GatewayWizardAvailability(false, []), new AvailabilityComparer());
    }

    [Theory]
    [InlineData(ProviderKind.AmazonEks, RouteHostChoice.Custom)]
    [InlineData(ProviderKind.AzureAks, RouteHostChoice.Custom)]
    [InlineData(ProviderKind.GoogleGke, RouteHostChoice.Generate)]
    [InlineData(ProviderKind.K3s, RouteHostChoice.Generate)]
    [InlineData(ProviderKind.Rke2, RouteHostChoice.Generate)]
    [InlineData(ProviderKind.MetalLb, RouteHostChoice.Generate)]
    public void BeforeTheGatewayHasAnAddressARoutesHostnamesStartAsThePlatformsGatewayAddressesAllow(ProviderKind kind, RouteHostChoice expected)
    {
        var gateway = new HttpRouteWizardGateway("default", "web", "any", [], Listeners: null);

        HttpRouteWizardHostDefault.For(gateway, TodayMatrix.For(kind)).ShouldBe(expected);
    }

    [Fact]
    public void AGatewayWhoseAddressIsADnsNameGivesNoGeneratedHostnameEvenWhereThePlatformUsuallyGivesIps()
    {
        var gateway = new HttpRouteWizardGateway("default", "web", "eg", [new GatewayAddress("IPAddress", "web.example.net")], Listeners: null);

        HttpRouteWizardHostDefault.For(gateway, TodayMatrix.For(ProviderKind.GoogleGke)).ShouldBe(RouteHostChoice.Custom);
    }

    [Fact]
    public void AGatewayWithAnIpAddressGivesAGeneratedHostnameEvenOnAPlatformOfDnsNames()
    {
        var gateway = new HttpRouteWizardGateway("default", "web", "istio", [new GatewayAddress("IPAddress", "203.0.113.7")], [new RouteListener("web", "http", null)]);

        HttpRouteWizardHostDefault.For(gateway, TodayMatrix.For(ProviderKind.AzureAks)).ShouldBe(RouteHostChoice.Generate);
    }

    private sealed class AvailabilityComparer : IEqualityComparer<GatewayWizardAvailability>
    {
        public bool Equals(GatewayWizardAvailability? x, GatewayWizardAvailability? y) =>
            x is not null && y is not null && x.Blocked == y.Blocked && x.Sentences.SequenceEqual(y.Sentences);

        public int GetHashCode(GatewayWizardAvailability obj) => obj.Blocked.GetHashCode();
    }
}
