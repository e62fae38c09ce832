using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>"Generate a hostname" in the Ingress wizard, in Chromium, with the app's hostname reconciler running.</summary>
public class GeneratedHostnameTests(BrowserFixture browser)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnRkeCustomTheGeneratedHostnameAppearsAsALinkWithoutReloading()
    {
        using var data = new TempDirectory();
        await using var app = await StartAsync(data, "rke-custom");
        var page = await CreateIngressWithGeneratedHostnameAsync(app, "rke-custom", "shop");

        // The reconciler fills the placeholder once ingress-nginx publishes the nodes' IPs; the page follows live.
        var link = page.Locator("[data-testid=generated-hostname] a");
        await Assertions.Expect(link).ToHaveTextAsync("shop.default.203.0.113.10.sslip.io", new() { Timeout = 20_000 });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "http://shop.default.203.0.113.10.sslip.io/");
        await Assertions.Expect(page.Locator("[data-testid=ingress-hosts] a")).ToHaveTextAsync("http://shop.default.203.0.113.10.sslip.io/");
        await Assertions.Expect(page.Locator("[data-testid=hostname-disclaimer]")).ToContainTextAsync("for development and demos");
        await page.ScreenshotAsync("generated-hostname-rke-custom");
        (await SandboxApi.KubectlAsync(data.Path, "rke-custom", "get", "ingress", "shop", "-n", "default", "-o", "jsonpath={.spec.rules[0].host}"))
            .ShouldBe("shop.default.203.0.113.10.sslip.io");
    }

    [Fact]
    public async Task OnEksTheUserIsShownTheCnameRecordInsteadOfAName()
    {
        using var data = new TempDirectory();
        await using var app = await StartAsync(data, "eks");
        // The wizard offers no generated name on EKS; a rule whose host is exactly the domain, as YAML or Helm write it, still asks for one.
        var page = await CreateIngressWithDomainHostAsync(app, "eks", "shop");

        var cname = page.Locator("[data-testid=hostname-cname]");
        await Assertions.Expect(cname).ToHaveTextAsync(new Regex(@"^your\.domain\. CNAME k8s-default-shop-.*\.elb\.amazonaws\.com\.$"), new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-testid=hostname-panel]")).ToContainTextAsync("exposes only a DNS name, so no hostname is generated");
        await Assertions.Expect(page.Locator("[data-testid=generated-hostname]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("generated-hostname-eks");
        (await SandboxApi.KubectlAsync(data.Path, "eks", "get", "ingress", "shop", "-n", "default", "-o", "jsonpath={.spec.rules[0].host}")).ShouldBe("sslip.io");
    }

    private static async Task<DashboardAppFactory> StartAsync(TempDirectory data, string profile)
    {
        var app = new DashboardAppFactory(data.Path, new Dictionary<string, string?>
        {
            ["Dashboard:Sandbox:Profiles:0"] = profile,
            ["Dashboard:Hostnames:Reconcile"] = "true",
        }, listenOnRealPort: true);
        using var admin = new HttpClient { BaseAddress = app.ServerAddress };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", await admin.TokenAsync("admin", DashboardAppFactory.AdminPassword));
        await SandboxApi.CreateServiceAsync(admin, profile, "web");
        return app;
    }

    /// <summary>The wizard with its defaults: the default class and "Generate a hostname", one path to Service web.</summary>
    private async Task<IPage> CreateIngressWithGeneratedHostnameAsync(DashboardAppFactory app, string profile, string name)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.ServerAddress, "admin", DashboardAppFactory.AdminPassword);
        await page.OpenIngressWizardAsync(profile);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await NextAsync(page, "Class");
        await NextAsync(page, "Rules"); // class: the cluster's default
        await Assertions.Expect(page.GetByText("Generate a hostname")).ToBeVisibleAsync();
        await page.Locator(".mud-input-control.mud-select", new() { HasText = "Service" }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "web" }).ClickAsync();
        await NextAsync(page, "TLS");
        await NextAsync(page, "Labels"); // TLS: none
        await NextAsync(page, "Review"); // labels and annotations: none
        await Assertions.Expect(page.Locator("[data-testid=review-yaml]")).ToContainTextAsync("host: sslip.io");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Ingress" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/namespaces/default/ingresses/{name}$"));
        return page;
    }

    /// <summary>An Ingress with the rule <c>host: sslip.io</c> to Service web, through the HTTP API; then its page in the browser.</summary>
    private async Task<IPage> CreateIngressWithDomainHostAsync(DashboardAppFactory app, string profile, string name)
    {
        Guid id;
        using (var admin = new HttpClient { BaseAddress = app.ServerAddress })
        {
            admin.DefaultRequestHeaders.Authorization = new("Bearer", await admin.TokenAsync("admin", DashboardAppFactory.AdminPassword));
            id = await SandboxApi.ClusterIdAsync(admin, profile);
            var body = new
            {
                @namespace = "default",
                name,
                rules = new[] { new { hostChoice = "Custom", host = "sslip.io", paths = new[] { new { path = "/", pathType = "Prefix", serviceName = "web", servicePort = "80" } } } },
            };
            var response = await admin.PostAsJsonAsync($"/api/v1/clusters/{id}/ingresses", body, JsonSerializerOptions.Web, Cancel);
            response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync(Cancel));
        }
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.ServerAddress, "admin", DashboardAppFactory.AdminPassword);
        await page.GotoAsync(new Uri(app.ServerAddress, $"clusters/{id}/namespaces/default/ingresses/{name}").ToString());
        return page;
    }

    /// <summary>Next, then waits until the stepper shows <paramref name="step"/>: a click during the transition would be lost.</summary>
    private static async Task NextAsync(IPage page, string step)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = step })).ToHaveAttributeAsync("aria-selected", "true");
    }
}
