using Bunit;
using Dashboard.Core.Security;
using Dashboard.Web.Components.Support;

namespace Dashboard.Web.Tests.Components;

/// <summary>The Support tab's section of today over the real support service and sandbox clusters.</summary>
public class SupportTodaySectionTests : SandboxClusterTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private IRenderedComponent<ClusterSupportTab> RenderTab() => Render<ClusterSupportTab>(p => p.Add(t => t.ClusterId, ClusterId));

    [Fact]
    public async Task AGkeClusterNamesItsGatewayControllerAndItsAddressAndHasNoRetirementNotice()
    {
        await StartAsync(Roles.Viewer, "gke");

        var tab = RenderTab();

        tab.WaitForAssertion(() => tab.Find("[data-testid=support-today]"), Patience);
        tab.Find("[data-testid=today-controllers]").TextContent.ShouldContain("GKE Gateway controller");
        tab.Find("[data-testid=today-controllers]").TextContent.ShouldContain("gke-l7-global-external-managed");
        tab.Find("[data-testid=today-address]").TextContent.ShouldContain("an IP");
        tab.Find("[data-testid=today-off-by-default]").TextContent.ShouldContain("--gateway-api=standard");
        tab.Find("[data-testid=gateway-findings]").TextContent.ShouldContain("Gateway API");
        tab.FindAll("[data-testid=ingress-nginx-retirement]").ShouldBeEmpty();
    }

    [Fact]
    public async Task ACustomClusterWithIngressNginxShowsTheRetirementNoticeAndThatNoControllerIsShipped()
    {
        await StartAsync(Roles.Viewer, "rke-custom");

        var tab = RenderTab();

        tab.WaitForAssertion(() => tab.Find("[data-testid=ingress-nginx-retirement]"), Patience);
        tab.Find("[data-testid=ingress-nginx-retirement]").TextContent.ShouldContain("retired in March 2026");
        tab.Find("[data-testid=today-controllers]").TextContent.ShouldContain("None shipped");
        tab.Find("[data-testid=today-controllers]").TextContent.ShouldContain("Envoy Gateway");
    }

    [Fact]
    public async Task AK3sClusterNamesTraefikAndSaysHowToTurnOnItsGatewayProvider()
    {
        await StartAsync(Roles.Viewer, "k3s");

        var tab = RenderTab();

        tab.WaitForAssertion(() => tab.Find("[data-testid=today-controllers]").TextContent.ShouldContain("Traefik"), Patience);
        tab.Find("[data-testid=today-off-by-default]").TextContent.ShouldContain("providers.kubernetesGateway.enabled: true");
        tab.Find("[data-testid=today-address]").TextContent.ShouldContain("ServiceLB");
    }
}
