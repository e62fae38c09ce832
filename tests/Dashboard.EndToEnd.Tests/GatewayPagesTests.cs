using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>A gke cluster's Gateways tab and a Gateway's page in Chromium, over a Gateway created with kubectl.</summary>
public class GatewayPagesTests(BrowserFixture browser)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Objects = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata: {name: gke-l7-global-external-managed}
        spec: {controllerName: networking.gke.io/gateway}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: shop, namespace: default}
        spec:
          gatewayClassName: gke-l7-global-external-managed
          listeners:
          - {name: http, protocol: HTTP, port: 80, hostname: "*.shop.example.com"}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: shop-api, namespace: default}
        spec:
          parentRefs: [{name: shop}]
          hostnames: [api.shop.example.com]
          rules:
          - backendRefs: [{name: web, port: 80}]
        """;

    [Fact]
    public async Task AGkeGatewayCreatedWithKubectlIsListedLiveAndItsPageShowsListenersAndRoutes()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, new Dictionary<string, string?> { ["Dashboard:Sandbox:Profiles:0"] = "gke" }, listenOnRealPort: true);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.ServerAddress, "admin", DashboardAppFactory.AdminPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "sandbox-gke", Exact = true }).ClickAsync();
        var tab = page.GetByRole(AriaRole.Tab, new() { Name = "Gateways" });
        await Assertions.Expect(tab).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await tab.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=gateway-list]")).ToContainTextAsync("No Gateways yet.");

        var kubectl = new KubectlCommand(Path.Combine(data.Path, "sandbox", "gke.kubeconfig"), Path.Combine(data.Path, "kube-cache"));
        var applied = await kubectl.RunAsync(Objects, Cancel, "apply", "-f", "-");
        applied.ExitCode.ShouldBe(0, applied.Error);

        // The list follows the cluster without a reload.
        var row = page.Locator("[data-testid=gateway-list] tbody tr", new() { HasText = "shop" });
        await Assertions.Expect(row).ToContainTextAsync("gke-l7-global-external-managed");
        await Assertions.Expect(page.Locator("[data-testid=gatewayclass-table]")).ToContainTextAsync("networking.gke.io/gateway");
        await page.ScreenshotAsync("gke-gateways-tab");

        await row.GetByRole(AriaRole.Link, new() { Name = "shop", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/namespaces/default/gateways/shop$"));
        await Assertions.Expect(page.Locator("[data-testid=gateway-listeners]")).ToContainTextAsync("*.shop.example.com");
        await Assertions.Expect(page.Locator("[data-testid=gateway-routes]")).ToContainTextAsync("default/shop-api");
        await Assertions.Expect(page.Locator("[data-testid=add-route]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/httproutes/new\\?gatewayNamespace=default&gateway=shop$"));
        await page.ScreenshotAsync("gke-gateway-page");
    }
}
