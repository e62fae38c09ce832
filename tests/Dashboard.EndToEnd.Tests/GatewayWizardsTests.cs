using System.Text.RegularExpressions;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>
/// The Gateway and HTTPRoute wizards and the move from Ingress to Gateway API on the gke sandbox, in Chromium, with
/// the sandbox's GKE Gateway controller programming what the dashboard creates.
/// </summary>
public class GatewayWizardsTests(BrowserFixture browser)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Web = """
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: default}
        spec:
          selector: {app: web}
          ports: [{port: 80, targetPort: 8080}]
        """;

    private static async Task<(DashboardAppFactory App, KubectlCommand Kubectl, IPage Page)> StartOnGkeAsync(
        BrowserFixture browser, TempDirectory data, string objects, bool reconcile = false)
    {
        var app = new DashboardAppFactory(data.Path, new Dictionary<string, string?>
        {
            ["Dashboard:Sandbox:Profiles:0"] = "gke",
            ["Dashboard:Hostnames:Reconcile"] = reconcile ? "true" : "false",
        }, listenOnRealPort: true);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.ServerAddress, "admin", DashboardAppFactory.AdminPassword);
        var kubectl = new KubectlCommand(Path.Combine(data.Path, "sandbox", "gke.kubeconfig"), Path.Combine(data.Path, "kube-cache"));
        var applied = await kubectl.RunAsync(objects, Cancel, "apply", "-f", "-");
        applied.ExitCode.ShouldBe(0, applied.Error);
        await page.GetByRole(AriaRole.Link, new() { Name = "sandbox-gke", Exact = true }).ClickAsync();
        return (app, kubectl, page);
    }

    [Fact]
    public async Task AGatewayAndARouteMadeInTheWizardsAreProgrammedAndTheRouteGetsItsGeneratedHostnameLive()
    {
        using var data = new TempDirectory();
        var (app, kubectl, page) = await StartOnGkeAsync(browser, data, Web, reconcile: true); // it fills the route's placeholder
        await using var _ = app;
        var next = page.GetByRole(AriaRole.Button, new() { Name = "Next" });

        var tab = page.GetByRole(AriaRole.Tab, new() { Name = "Gateways" });
        await Assertions.Expect(tab).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await tab.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New Gateway" }).ClickAsync();

        // Where, then the class: the platform's own is the default.
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("front");
        await next.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=gateway-class]")).ToContainTextAsync("gke-l7-global-external-managed (the platform's)");
        await page.ScreenshotAsync("gateway-wizard-class");
        await next.ClickAsync(); // listeners: one HTTP listener on 80
        await Assertions.Expect(page.Locator("[data-testid=listener]")).ToHaveCountAsync(1);
        await next.ClickAsync();
        await next.ClickAsync(); // labels: none
        await Assertions.Expect(page.Locator("[data-testid=review-yaml]")).ToContainTextAsync("gatewayClassName: gke-l7-global-external-managed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=dry-run-result]")).ToContainTextAsync("nothing was stored");
        await page.ScreenshotAsync("gateway-wizard-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Gateway" }).ClickAsync();

        // The Gateway's page: GKE's controller gives it an IP, live.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/namespaces/default/gateways/front$"));
        await Assertions.Expect(page.Locator("[data-testid=gateway-address]")).ToContainTextAsync(new Regex(@"198\.51\.100\.\d+"), new() { Timeout = 15_000 });
        var ip = Regex.Match(await page.Locator("[data-testid=gateway-address]").InnerTextAsync(), @"198\.51\.100\.\d+").Value;
        await page.ScreenshotAsync("gateway-page-programmed");

        // The route wizard from the Gateway's page: the Gateway is chosen, the generated name shown as it will be.
        await page.Locator("[data-testid=add-route]").ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("shop");
        await next.ClickAsync();
        await next.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=generated-host]")).ToContainTextAsync($"shop.default.{ip}.sslip.io");
        await next.ClickAsync();
        await page.Locator(".mud-input-control.mud-select", new() { HasText = "Service" }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "web" }).ClickAsync();
        await next.ClickAsync();
        await next.ClickAsync(); // labels: none
        await Assertions.Expect(page.Locator("[data-testid=review-yaml]")).ToContainTextAsync("dashboard.io/hostname: generate");
        await page.ScreenshotAsync("httproute-wizard-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create HTTP route" }).ClickAsync();

        // The route's page: attached by GKE's controller, and its generated hostname filled in without a reload.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/namespaces/default/httproutes/shop$"));
        await Assertions.Expect(page.Locator("[data-testid=generated-hostname]")).ToContainTextAsync($"shop.default.{ip}.sslip.io", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=route-parents]")).ToContainTextAsync("attached; its backends resolve");
        await page.ScreenshotAsync("httproute-page-generated");
        var hostnames = await kubectl.RunAsync(null, Cancel, "get", "httproute", "shop", "-n", "default", "-o", "jsonpath={.spec.hostnames[0]}");
        hostnames.Output.ShouldBe($"shop.default.{ip}.sslip.io");
    }

    [Fact]
    public async Task AnIngressMovedToGatewayApiKeepsItsAddressBesideTheNewGatewayAndGkeAcceptsTheRoute()
    {
        using var data = new TempDirectory();
        var (app, kubectl, page) = await StartOnGkeAsync(browser, data, Web + """

            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: shop
              namespace: default
              annotations: {nginx.ingress.kubernetes.io/proxy-body-size: 8m}
            spec:
              rules:
              - host: shop.example.com
                http:
                  paths:
                  - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
            """);
        await using var _ = app;

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/clusters/[0-9a-f-]{36}"));
        var cluster = Regex.Match(page.Url, "/clusters/([0-9a-f-]{36})").Groups[1].Value;
        await page.OpenAsync(app.ServerAddress, $"/clusters/{cluster}/namespaces/default/ingresses/shop");
        await page.Locator("[data-testid=move-to-gateway]").ClickAsync();

        // The Ingress beside its translation, and what does not carry over with the reason.
        await Assertions.Expect(page.Locator("[data-testid=migration-yaml]")).ToContainTextAsync("kind: HTTPRoute", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=ingress-yaml]")).ToContainTextAsync("kind: Ingress");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("proxy-body-size");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=dry-run-result]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("move-to-gateway-dry-run");
        await page.Locator("[data-testid=migration-apply]").ClickAsync();

        // Both serve: the Ingress keeps its address, the new Gateway gets GKE's, and the route is accepted.
        await Assertions.Expect(page.Locator("[data-testid=migration-done]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=gateway-address]")).ToContainTextAsync(new Regex(@"198\.51\.100\.\d+"), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=route-status]").First).ToContainTextAsync("accepted by its Gateway", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=ingress-address]")).ToContainTextAsync(new Regex(@"\d+\.\d+\.\d+\.\d+"));
        await page.ScreenshotAsync("move-to-gateway-done");
        var ingress = await kubectl.RunAsync(null, Cancel, "get", "ingress", "shop", "-n", "default", "-o", "name");
        ingress.Output.Trim().ShouldBe("ingress.networking.k8s.io/shop");
    }
}
