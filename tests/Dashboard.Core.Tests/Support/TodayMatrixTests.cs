using Dashboard.Core.Providers;
using Dashboard.Core.Support;

namespace Dashboard.Core.Tests.Support;

public class TodayMatrixTests
{
    public static TheoryData<ProviderKind> KnownKinds { get; } = new(ProviderKinds.All.Where(k => k != ProviderKind.Unknown));

    [Theory]
    [MemberData(nameof(KnownKinds))]
    public void EveryKnownKindHasARowOfToday(ProviderKind kind)
    {
        var row = TodayMatrix.For(kind);

        row.ShouldNotBeNull();
        row.GatewayControllers.ShouldNotBeEmpty();
        row.IngressController.ShouldNotBeNullOrWhiteSpace();
        row.IngressAlternative.ShouldNotContain("ingress-nginx");
    }

    [Fact]
    public void UnknownHasNoRow() => TodayMatrix.For(ProviderKind.Unknown).ShouldBeNull();

    [Fact]
    public void TheRancherTableStaysAsItWasWithoutRke2OrK3s()
    {
        SupportMatrix.Rows.Count.ShouldBe(8);
        SupportMatrix.For(ProviderKind.Rke2).ShouldBeNull();
        SupportMatrix.For(ProviderKind.K3s).ShouldBeNull();
    }

    [Theory]
    [InlineData(ProviderKind.AmazonEks, "gateway.k8s.aws/alb", GatewayAddressKind.DnsName)]
    [InlineData(ProviderKind.GoogleGke, "networking.gke.io/gateway", GatewayAddressKind.Ip)]
    [InlineData(ProviderKind.AzureAks, "alb.networking.azure.io/alb-controller", GatewayAddressKind.DnsName)]
    [InlineData(ProviderKind.Rke2, "traefik.io/gateway-controller", GatewayAddressKind.NodeIps)]
    [InlineData(ProviderKind.K3s, "traefik.io/gateway-controller", GatewayAddressKind.NodeIps)]
    [InlineData(ProviderKind.MetalLb, "gateway.envoyproxy.io/gatewayclass-controller", GatewayAddressKind.PoolIpOrPending)]
    public void EachPlatformNamesItsControllerAndWhatAGatewayGets(ProviderKind kind, string controller, GatewayAddressKind address)
    {
        var row = TodayMatrix.For(kind)!;

        row.GatewayControllers.Select(o => o.ControllerName).ShouldContain(controller);
        row.GatewayAddress.ShouldBe(address);
    }

    [Fact]
    public void EksOffersLayerFourRoutesThroughTheNlbClass()
    {
        var eks = TodayMatrix.For(ProviderKind.AmazonEks)!;

        eks.GatewayControllers.ShouldContain(o => o.ControllerName == "gateway.k8s.aws/nlb" && o.Serves.Contains("UDPRoute"));
        eks.Layer4Routes.ShouldContain("TCPRoute, UDPRoute");
        eks.OffByDefault.ShouldContain(o => o.HowToTurnOn.Contains("ALBGatewayAPI=true") && o.What.Contains("before v3.2.0"));
    }

    [Theory]
    [InlineData(ProviderKind.RkeEc2)]
    [InlineData(ProviderKind.RkeDigitalOcean)]
    [InlineData(ProviderKind.RkeVsphere)]
    [InlineData(ProviderKind.RkeCustom)]
    public void Rke1RowsRunTheRetiredIngressNginxAndShipNoGatewayController(ProviderKind kind)
    {
        var row = TodayMatrix.For(kind)!;

        row.IngressControllerRetired.ShouldBeTrue();
        row.IngressController.ShouldContain("retired in March 2026");
        row.ShipsGatewayController.ShouldBeFalse();
    }

    [Fact]
    public void Rke2SaysHowToTurnOnTraefiksGatewayProviderAndServiceLb()
    {
        var rke2 = TodayMatrix.For(ProviderKind.Rke2)!;

        rke2.IngressController.ShouldContain("Traefik on new clusters from v1.36");
        rke2.OffByDefault.ShouldContain(o => o.HowToTurnOn.Contains("HelmChartConfig named rke2-traefik") && o.HowToTurnOn.Contains("providers.kubernetesGateway.enabled: true"));
        rke2.OffByDefault.ShouldContain(o => o.HowToTurnOn.Contains("--enable-servicelb"));
    }

    [Fact]
    public void K3sSaysHowToTurnOnTraefiksGatewayProvider()
    {
        var k3s = TodayMatrix.For(ProviderKind.K3s)!;

        k3s.OffByDefault.ShouldHaveSingleItem().HowToTurnOn.ShouldContain("HelmChartConfig named traefik in kube-system");
        k3s.GatewayAddressText.ShouldContain("ServiceLB");
    }

    [Fact]
    public void AksHasNoIngressControllerByDefaultAndManagedNginxUntilNovember2026()
    {
        var aks = TodayMatrix.For(ProviderKind.AzureAks)!;

        aks.IngressController.ShouldContain("None by default");
        aks.IngressController.ShouldContain("until November 2026");
        aks.GatewayControllers.Select(o => o.UsualClasses[0]).ShouldBe(["azure-alb-external", "approuting-istio", "istio"]);
    }
}
