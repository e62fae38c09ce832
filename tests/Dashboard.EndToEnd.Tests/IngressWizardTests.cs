using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>The Ingress wizard on the rke-custom sandbox, in Chromium: the ingress gets the nodes' IPs live, kubectl sees its host.</summary>
public class IngressWizardTests(BrowserFixture browser)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAdminRoutesACustomHostToAServiceSeesTheNodeIpsLiveAndKubectlSeesTheHost()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, listenOnRealPort: true);
        using (var admin = new HttpClient { BaseAddress = app.ServerAddress }) // AdminClientAsync's in-memory client has no server once Kestrel listens
        {
            admin.DefaultRequestHeaders.Authorization = new("Bearer", await admin.TokenAsync("admin", DashboardAppFactory.AdminPassword));
            await SandboxApi.CreateServiceAsync(admin, "rke-custom", "web");
        }
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.ServerAddress, "admin", DashboardAppFactory.AdminPassword);

        await page.OpenIngressWizardAsync("rke-custom");
        var next = page.GetByRole(AriaRole.Button, new() { Name = "Next" });

        // Where: rke-custom runs ingress-nginx, so there is no warning.
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("shop");
        await Assertions.Expect(page.Locator("[data-testid=no-ingress-controller]")).ToHaveCountAsync(0);
        await next.ClickAsync();

        // Class: the cluster's default.
        await Assertions.Expect(page.Locator("[data-testid=ingress-class]")).ToContainTextAsync("nginx (default)");
        await next.ClickAsync();

        // Rules: a path without its leading '/' is refused by the shared validator.
        await page.GetByText("Use my hostname").ClickAsync();
        await page.GetByLabel("Host", new() { Exact = true }).FillAsync("shop.example.com");
        await page.GetByLabel("Path", new() { Exact = true }).FillAsync("shop");
        await page.Locator(".mud-input-control.mud-select", new() { HasText = "Service" }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "web" }).ClickAsync();
        await next.ClickAsync();
        await Assertions.Expect(page.GetByText("Invalid value: \"shop\": must be an absolute path")).ToBeVisibleAsync(); // Next was refused
        await page.GetByLabel("Path", new() { Exact = true }).FillAsync("/");
        await next.ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=tls-ports]")).ToContainTextAsync("HTTP and HTTPS only, ports 80 and 443");
        await next.ClickAsync(); // TLS: none
        await next.ClickAsync(); // labels and annotations: none
        var yaml = page.Locator("[data-testid=review-yaml]");
        await Assertions.Expect(yaml).ToContainTextAsync("host: shop.example.com");
        await Assertions.Expect(yaml).ToContainTextAsync("number: 80");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=dry-run-result]")).ToContainTextAsync("nothing was stored");
        await page.ScreenshotAsync("ingress-wizard-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Ingress" }).ClickAsync();

        // The new Ingress's page: its address arrives live, with the DNS guidance for it.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/namespaces/default/ingresses/shop$"));
        await Assertions.Expect(page.Locator("[data-testid=ingress-paths]")).ToContainTextAsync("web");
        await Assertions.Expect(page.Locator("[data-testid=ingress-address]")).ToContainTextAsync("203.0.113.10"); // live, no reload
        await Assertions.Expect(page.Locator("[data-testid=dns-guidance]")).ToContainTextAsync("A record");
        await page.ScreenshotAsync("ingress-wizard-created");
        var host = await SandboxApi.KubectlAsync(data.Path, "rke-custom", "get", "ingress", "shop", "-n", "default", "-o", "jsonpath={.spec.rules[0].host}");
        host.ShouldBe("shop.example.com");
    }

    [Fact]
    public async Task AnAdminCreatesTheMissingServiceFromAnIngressPathAndComesBackToFinishTheIngress()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, listenOnRealPort: true);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.ServerAddress, "admin", DashboardAppFactory.AdminPassword);
        await page.OpenIngressWizardAsync("rke-custom");
        var next = page.GetByRole(AriaRole.Button, new() { Name = "Next" });
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("shop");
        await next.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=ingress-class]")).ToBeVisibleAsync();
        await next.ClickAsync();
        await page.GetByText("Use my hostname").ClickAsync();
        await page.GetByLabel("Host", new() { Exact = true }).FillAsync("shop.example.com");

        // No Service in the namespace yet: make one without losing the ingress.
        await page.GetByRole(AriaRole.Button, new() { Name = "Create a Service for path 1 of rule 1" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=ingress-return]")).ToContainTextAsync("For Ingress 'shop' (rule 1, path 1)");
        await next.ClickAsync(); // Where: default, as the ingress
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("web");
        await next.ClickAsync();
        await next.ClickAsync(); // Ports: 80/TCP
        await next.ClickAsync(); // Selector: none
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Service" }).ClickAsync();

        // Back on the Rules step, the host as typed and the new Service chosen.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/ingresses/new\\?resume=true$"));
        await Assertions.Expect(page.GetByLabel("Host", new() { Exact = true })).ToHaveValueAsync("shop.example.com");
        await page.ScreenshotAsync("ingress-wizard-back-from-service");
        await next.ClickAsync();
        await next.ClickAsync();
        await next.ClickAsync();
        var yaml = page.Locator("[data-testid=review-yaml]");
        await Assertions.Expect(yaml).ToContainTextAsync("name: web");
        await Assertions.Expect(yaml).ToContainTextAsync("host: shop.example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Ingress" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/namespaces/default/ingresses/shop$"));
        await Assertions.Expect(page.Locator("[data-testid=ingress-paths]")).ToContainTextAsync("web:80");
    }
}
