using Bunit;
using Dashboard.Core.Security;
using Dashboard.Web.Components.GatewayClasses;
using Dashboard.Web.Components.Gateways;
using Dashboard.Web.Components.HttpRoutes;
using Dashboard.Web.Components.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Components;

/// <summary>The Gateways and HTTP routes tabs over the real watch caches of a sandbox cluster.</summary>
public class GatewayListsTests : SandboxClusterTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private IRenderedComponent<GatewayApiServed> RenderServed(RenderFragment content) =>
        Render<GatewayApiServed>(p => p.Add(c => c.ClusterId, ClusterId).Add(c => c.ChildContent, content));

    [Fact]
    public async Task AClusterWithoutGatewayApiSaysSoAndWhatToInstallInsteadOfAnEmptyTable()
    {
        await StartAsync(Roles.Viewer, "rke-custom");

        var served = RenderServed(b => b.AddMarkupContent(0, "<p data-testid=\"inner\">list</p>"));

        served.WaitForAssertion(() => served.Find("[data-testid=gateway-api-not-served]"), Patience);
        var text = served.Find("[data-testid=gateway-api-not-served]").TextContent;
        text.ShouldContain("does not serve Gateway API");
        text.ShouldContain("Envoy Gateway");
        served.FindAll("[data-testid=inner]").ShouldBeEmpty();
    }

    [Fact]
    public async Task AGkeClusterServesGatewayApiSoTheListShows()
    {
        await StartAsync(Roles.Viewer, "gke");

        var served = RenderServed(b => b.AddMarkupContent(0, "<p data-testid=\"inner\">list</p>"));

        served.WaitForAssertion(() => served.Find("[data-testid=inner]"), Patience);
        served.FindAll("[data-testid=gateway-api-not-served]").ShouldBeEmpty();
    }

    [Fact]
    public async Task AGatewayCreatedWithKubectlAppearsInTheListWithItsClassAndAViewerGetsNoNewButton()
    {
        await StartAsync(Roles.Viewer, "gke");
        var list = Render<GatewayList>(p => p.Add(c => c.ClusterId, ClusterId));
        list.WaitForAssertion(() => list.Find("[data-testid=gateway-list]").TextContent.ShouldContain("No Gateways yet."), Patience);

        await GatewayObjects.CreateGatewayAsync(Client, "shop", "gke-l7-global-external-managed", Ct);

        list.WaitForAssertion(() => list.Find("[data-testid=gateway-list] tbody tr").TextContent.ShouldContain("shop"), Patience);
        var row = list.Find("[data-testid=gateway-list] tbody tr");
        row.TextContent.ShouldContain("gke-l7-global-external-managed");
        row.QuerySelector("a[href$='/namespaces/default/gateways/shop']").ShouldNotBeNull();
        list.FindAll("a[href$='/gateways/new']").ShouldBeEmpty();
    }

    [Fact]
    public async Task AnOperatorGetsTheNewGatewayAndNewHttpRouteButtons()
    {
        await StartAsync(Roles.Operator, "gke");

        var gateways = Render<GatewayList>(p => p.Add(c => c.ClusterId, ClusterId));
        var routes = Render<HttpRouteList>(p => p.Add(c => c.ClusterId, ClusterId));

        gateways.WaitForAssertion(() => gateways.Find($"a[href='clusters/{ClusterId}/gateways/new']").TextContent.ShouldContain("New Gateway"), Patience);
        routes.WaitForAssertion(() => routes.Find($"a[href='clusters/{ClusterId}/httproutes/new']").TextContent.ShouldContain("New HTTP route"), Patience);
    }

    [Fact]
    public async Task TheClassesOfTheClusterAreListedWithTheirControllerAndOneNoControllerAnsweredSaysSo()
    {
        await StartAsync(Roles.Viewer, "gke");
        await GatewayObjects.CreateGatewayClassAsync(Client, "orphan", "example.com/no-such-controller", Ct);

        var table = Render<GatewayClassTable>(p => p.Add(c => c.ClusterId, ClusterId));

        table.WaitForAssertion(() => table.Find("[data-testid=gatewayclass-table] tbody").TextContent.ShouldContain("gke-l7-rilb"), Patience);
        table.Find("[data-testid=gatewayclass-table] tbody").TextContent.ShouldContain("networking.gke.io/gateway");
        table.WaitForAssertion(() => table.FindAll("[data-testid=gatewayclass-table] tbody tr").Single(r => r.TextContent.Contains("orphan"))
            .QuerySelector("[data-testid=gatewayclass-accepted]")!.TextContent.ShouldContain("no controller has answered"), Patience);
    }

    [Fact]
    public async Task AnHttpRouteShowsItsHostnamesParentsAndBackends()
    {
        await StartAsync(Roles.Viewer, "gke");
        await GatewayObjects.CreateHttpRouteAsync(Client, "shop-api", "shop", "default", Ct);

        var list = Render<HttpRouteList>(p => p.Add(c => c.ClusterId, ClusterId));

        list.WaitForAssertion(() => list.Find("[data-testid=httproute-list] tbody tr").TextContent.ShouldContain("shop-api"), Patience);
        var row = list.Find("[data-testid=httproute-list] tbody tr").TextContent;
        row.ShouldContain("shop.example.com");
        row.ShouldContain("default/shop");
        row.ShouldContain("web:80");
        row.ShouldContain("canary:80");
    }

    [Fact]
    public async Task TheClusterPageHasGatewaysAndRouteTabs()
    {
        await StartAsync(Roles.Viewer, "gke");
        Services.GetRequiredService<NavigationManager>().NavigateTo($"clusters/{ClusterId}?tab=gateways");

        var page = Render<ClusterDetail>(p => p.Add(c => c.Id, ClusterId));

        page.WaitForAssertion(() => page.Find("[data-testid=gateway-list]"), Patience);
        var tabs = page.FindAll("[role=tab]").Select(t => t.TextContent).ToList();
        tabs.ShouldContain("Gateways");
        tabs.ShouldContain("HTTP routes");
        tabs.ShouldContain("Other routes");
        page.Find("[data-testid=gatewayclass-table]");
    }
}
