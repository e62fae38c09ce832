using System.Text.RegularExpressions;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>The Gateway wizard in Chromium: on gke an HTTP and an HTTPS listener end in a programmed Gateway with the
/// controller's IP; on rke2, which has no GatewayClass until Traefik's provider is on, the wizard says so instead of steps.</summary>
public partial class GatewayWizardTests(BrowserFixture browser)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // The sandbox does not check the certificate; the listener only needs a kubernetes.io/tls Secret by this name.
    private const string TlsSecret = """
        apiVersion: v1
        kind: Secret
        metadata: {name: shop-tls, namespace: default}
        type: kubernetes.io/tls
        data: {tls.crt: Y2VydA==, tls.key: a2V5}
        """;

    [Fact]
    public async Task OnGkeAnAdminCreatesAGatewayWithHttpAndHttpsListenersAndSeesItProgrammedWithTheControllersIp()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, new Dictionary<string, string?> { ["Dashboard:Sandbox:Profiles:0"] = "gke", ["Dashboard:Sandbox:Profiles:1"] = "rke2" }, listenOnRealPort: true);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.ServerAddress, "admin", DashboardAppFactory.AdminPassword);
        // The app writes the sandbox's kubeconfig when it starts (above, on first use of its address).
        var kubectl = new KubectlCommand(Path.Combine(data.Path, "sandbox", "gke.kubeconfig"), Path.Combine(data.Path, "kube-cache"));
        var applied = await kubectl.RunAsync(TlsSecret, Cancel, "apply", "-f", "-");
        applied.ExitCode.ShouldBe(0, applied.Error);
        await page.GetByRole(AriaRole.Link, new() { Name = "sandbox-gke", Exact = true }).ClickAsync();
        var tab = page.GetByRole(AriaRole.Tab, new() { Name = "Gateways" });
        await Assertions.Expect(tab).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await tab.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New Gateway" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(GatewayWizardUrl());
        var next = page.GetByRole(AriaRole.Button, new() { Name = "Next" });

        // Where
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("shop");
        await next.ClickAsync();

        // Class: the default is one of this cluster's classes, accepted by GKE's controller.
        var classes = page.Locator("[data-testid=gateway-class]");
        await Assertions.Expect(classes).ToContainTextAsync("networking.gke.io/gateway, accepted");
        await Assertions.Expect(classes.GetByRole(AriaRole.Radio, new() { Checked = true })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=class-not-accepted]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("gateway-wizard-class");
        await next.ClickAsync();

        // Listeners: the first is HTTP on 80; the added one is HTTPS on 443 with the Secret made above.
        var listeners = page.Locator("[data-testid=listener]");
        await Assertions.Expect(listeners).ToHaveCountAsync(1);
        await listeners.Nth(0).GetByLabel("Hostname (optional)").FillAsync("*.shop.example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add listener" }).ClickAsync();
        await Assertions.Expect(listeners).ToHaveCountAsync(2);
        var https = listeners.Nth(1);
        await Assertions.Expect(https.GetByLabel("Port")).ToHaveValueAsync("443");
        await https.GetByLabel("Hostname (optional)").FillAsync("*.shop.example.com");
        var secret = https.GetByLabel("Certificate secret");
        await secret.FillAsync("shop-tls");
        await secret.BlurAsync();
        await page.ScreenshotAsync("gateway-wizard-listeners");
        await next.ClickAsync();
        await next.ClickAsync(); // Labels and annotations: none

        // Review: the YAML, then a dry run.
        var yaml = page.Locator("[data-testid=review-yaml]");
        await Assertions.Expect(yaml).ToContainTextAsync("gatewayClassName: gke-l7-");
        await Assertions.Expect(yaml).ToContainTextAsync("protocol: HTTPS");
        await Assertions.Expect(yaml).ToContainTextAsync("name: shop-tls");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=dry-run-result]")).ToContainTextAsync("nothing was stored");
        await page.ScreenshotAsync("gateway-wizard-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Gateway" }).ClickAsync();

        // The Gateway's page: GKE's (simulated) controller programs it and gives it an IP, live.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/namespaces/default/gateways/shop$"));
        await Assertions.Expect(page.Locator("[data-testid=gateway-programmed]")).ToContainTextAsync("True", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-testid=gateway-address]")).ToContainTextAsync(new Regex(@"\d+\.\d+\.\d+\.\d+"));
        await Assertions.Expect(page.Locator("[data-testid=gateway-listeners]")).ToContainTextAsync("shop-tls");
        await page.ScreenshotAsync("gateway-wizard-created");
        var protocols = await SandboxApi.KubectlAsync(data.Path, "gke", "get", "gateway", "shop", "-n", "default", "-o", "jsonpath={.spec.listeners[*].protocol}");
        protocols.ShouldBe("HTTP HTTPS");

        // rke2: no GatewayClass until Traefik's Gateway API provider is on, so the wizard says that first and shows no steps.
        var rke2 = await SandboxApi.ClusterIdAsync(await AdminAsync(app), "rke2");
        await page.OpenAsync(app.ServerAddress, $"/clusters/{rke2}/gateways/new");
        await Assertions.Expect(page.Locator("[data-testid=no-gateway-api]")).ToContainTextAsync("Traefik");
        await Assertions.Expect(page.Locator("[data-testid=gateway-wizard]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("gateway-wizard-rke2-blocked");
    }

    private static async Task<HttpClient> AdminAsync(DashboardAppFactory app)
    {
        var admin = new HttpClient { BaseAddress = app.ServerAddress };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", await admin.TokenAsync("admin", DashboardAppFactory.AdminPassword));
        return admin;
    }

    [GeneratedRegex("/clusters/[0-9a-f-]{36}/gateways/new$")]
    private static partial Regex GatewayWizardUrl();
}
