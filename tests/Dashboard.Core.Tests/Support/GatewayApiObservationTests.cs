using Dashboard.Core.Providers;
using Dashboard.Core.Support;
using static Dashboard.Core.Tests.Support.Facts;

namespace Dashboard.Core.Tests.Support;

public class GatewayApiObservationTests
{
    private static readonly GatewayClassFacts TraefikClass = new("traefik", "traefik.io/gateway-controller", true);

    private static ClusterFacts Served(GatewayClassFacts[] classes, IngressClassFacts[]? ingressClasses = null, int gateways = 0) =>
        Cluster([Node("n1")], classes: ingressClasses) with
        {
            ServesGatewayApi = true,
            GatewayClasses = classes,
            Gateways = Enumerable.Range(1, gateways).Select(i => new GatewayFacts("default", $"gw{i}", "traefik", [])).ToList(),
        };

    private static GatewayApiReport Observe(ProviderKind kind, ClusterFacts facts) => GatewayApiObservation.Observe(TodayMatrix.For(kind), facts);

    [Fact]
    public void AClusterWithoutTheCrdsIsToldItDoesNotServeGatewayApiAndHowToTurnItOn()
    {
        var report = Observe(ProviderKind.K3s, Cluster([Node("n1")]));

        report.ServesGatewayApi.ShouldBeFalse();
        report.Findings[0].ShouldBe("This cluster does not serve Gateway API: the gateway.networking.k8s.io CRDs are not installed.");
        report.Findings.ShouldContain(f => f.StartsWith("Off by default: Traefik's Gateway API provider. To turn it on: A HelmChartConfig named traefik", StringComparison.Ordinal));
    }

    [Fact]
    public void ThePromisedControllerIsPresentWithItsAcceptedClass()
    {
        var report = Observe(ProviderKind.Rke2, Served([TraefikClass], gateways: 2));

        report.PromisedPresent.ShouldHaveSingleItem().ControllerName.ShouldBe("traefik.io/gateway-controller");
        report.PromisedMissing.ShouldBeEmpty();
        report.AcceptedClasses.ShouldBe(["traefik"]);
        report.Findings.ShouldBe([
            "This cluster serves Gateway API and has 2 Gateways.",
            "Class traefik: Traefik (traefik.io/gateway-controller), the platform's controller, accepted it.",
        ]);
    }

    [Fact]
    public void AServedClusterWithoutThePlatformsClassSaysWhatIsMissingAndHowToTurnItOn()
    {
        var report = Observe(ProviderKind.Rke2, Served([]));

        report.PromisedMissing.ShouldHaveSingleItem().Product.ShouldBe("Traefik");
        report.Findings.ShouldContain("No GatewayClass exists, so no controller would serve a Gateway.");
        report.Findings.ShouldContain("Today RKE2 offers Traefik (traefik.io/gateway-controller), but no GatewayClass of it is here.");
        report.Findings.ShouldContain(f => f.Contains("rke2-traefik", StringComparison.Ordinal));
    }

    [Fact]
    public void AServedClusterOfAPlatformWithoutAControllerIsToldToInstallOne() =>
        Observe(ProviderKind.MetalLb, Served([])).Findings.ShouldContain(
            "Third-party MetalLB ships no Gateway API controller: install the CRDs (standard channel) and one, such as Envoy Gateway, Cilium, NGINX Gateway Fabric, Istio or kgateway.");

    [Fact]
    public void AClassOfAnInstalledControllerIsNamedAsInstalled()
    {
        var report = Observe(ProviderKind.MetalLb, Served([new("eg", "gateway.envoyproxy.io/gatewayclass-controller", true)]));

        report.Classes.ShouldHaveSingleItem().Product.ShouldBe("Envoy Gateway");
        report.Findings.ShouldContain("Class eg: Envoy Gateway (gateway.envoyproxy.io/gatewayclass-controller), installed on the cluster, accepted it.");
    }

    [Fact]
    public void IstioOnBareMetalIsNotCalledAnAksAddOn() =>
        Observe(ProviderKind.RkeCustom, Served([new("istio", "istio.io/gateway-controller", true)])).Classes[0].Product.ShouldBe("Istio");

    [Fact]
    public void AClassNobodyAcceptedSaysWhy()
    {
        var report = Observe(ProviderKind.GoogleGke, Served([new("gke-l7-rilb", "networking.gke.io/gateway", false), new("mine", "example.com/gateway", null)]));

        report.AcceptedClasses.ShouldBeEmpty();
        report.Findings.ShouldContain("Class gke-l7-rilb: GKE Gateway controller (networking.gke.io/gateway), the platform's controller, did not accept it; its status says why. Gateways of this class get no address.");
        report.Findings.ShouldContain("Class mine: example.com/gateway, installed on the cluster, has not answered yet (no status): check that the controller runs.");
    }

    [Fact]
    public void IngressNginxGetsTheRetirementNoticeWithThisClustersClass()
    {
        var report = Observe(ProviderKind.Rke2, Served([TraefikClass], [Nginx]));

        report.RetirementNotice.ShouldBe(
            "ingress-nginx was retired in March 2026: no releases, fixes or security patches since. Move to Gateway API (class traefik on this cluster) " +
            "or to Traefik, RKE2's ingress controller for new clusters from v1.36 (docs.rke2.io/reference/ingress_migration).");
    }

    [Fact]
    public void WithoutAnAcceptedClassTheNoticeSaysWhatToTurnOn()
    {
        var notice = Observe(ProviderKind.K3s, Cluster([Node("n1")], classes: [Nginx])).RetirementNotice;

        notice.ShouldNotBeNull();
        notice.ShouldContain("Move to Gateway API (Traefik, class traefik, once turned on: A HelmChartConfig named traefik");
        notice.ShouldEndWith("or to Traefik, which K3s deploys by default.");
    }

    [Fact]
    public void OnAPlatformWithoutAControllerTheNoticeSaysToInstallOne()
    {
        var notice = Observe(ProviderKind.RkeCustom, Cluster([Node("n1")], classes: [Nginx])).RetirementNotice;

        notice.ShouldNotBeNull();
        notice.ShouldContain("Move to Gateway API (install a controller such as Envoy Gateway");
        notice.ShouldEndWith("or to an RKE2 cluster, whose ingress controller is Traefik.");
    }

    [Fact]
    public void AnotherIngressControllerGetsNoNotice() =>
        Observe(ProviderKind.K3s, Served([TraefikClass], [new("traefik", "traefik.io/ingress-controller", true)])).RetirementNotice.ShouldBeNull();

    [Fact]
    public void AnUnknownPlatformIsToldToInstallTheCrdsAndAController() =>
        GatewayApiObservation.Observe(null, Cluster([Node("n1")])).Findings
            .ShouldContain("Install the Gateway API CRDs (standard channel) and a Gateway API controller.");
}
