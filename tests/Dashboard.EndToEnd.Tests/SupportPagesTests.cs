using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>The support matrix, a cluster's support tab, and an ingress list that follows kubectl, in Chromium.</summary>
public class SupportPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheMatrixTheSupportTabAndALiveIngressList()
    {
        using var data = new TempDirectory();
        var kubectl = new KubectlCommand(Path.Combine(data.Path, "sandbox", "rke-custom.kubeconfig"), Path.Combine(data.Path, "kube-cache"));
        await using var app = new DashboardAppFactory(data.Path, listenOnRealPort: true);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.ServerAddress, "admin", DashboardAppFactory.AdminPassword);

        await page.OpenAsync(app.ServerAddress, "/support-matrix");
        var matrix = page.Locator("[data-testid=support-matrix] tbody tr");
        await Assertions.Expect(matrix).ToHaveCountAsync(8);
        await Assertions.Expect(matrix.Filter(new() { HasText = "Azure AKS" })).ToContainTextAsync("Not supported");
        await Assertions.Expect(matrix.Filter(new() { HasText = "RKE on custom hosts" })).ToContainTextAsync("sandbox-rke-custom");
        await Assertions.Expect(page.Locator("[data-testid=config-map-footnote]")).ToContainTextAsync("tcp-services");
        await page.ScreenshotAsync("support-matrix");

        await page.GetByRole(AriaRole.Link, new() { Name = "sandbox-rke-custom" }).ClickAsync();
        var support = page.Locator("[data-testid=cluster-support]");
        await Assertions.Expect(support).ToContainTextAsync("Limited: NGINX or third-party ingress*");
        await Assertions.Expect(page.Locator("[data-testid=detected-kind]")).ToContainTextAsync("RKE on custom hosts");
        await Assertions.Expect(page.Locator("[data-testid=observation]")).ToContainTextAsync("nginx (k8s.io/ingress-nginx, default)");
        await page.ScreenshotAsync("cluster-support-tab");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Ingresses" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=ingress-list]")).ToContainTextAsync("No ingresses yet.");
        await KubectlApplyAsync(kubectl, ShopIngress("shop.example.com"));

        var row = page.Locator("[data-testid=ingress-list] tbody tr", new() { HasText = "shop" });
        await Assertions.Expect(row).ToContainTextAsync("shop.example.com");
        await Assertions.Expect(row.Locator("[data-testid=ingress-address]")).ToContainTextAsync("203.0.113.10");
        await page.ScreenshotAsync("live-ingress-list");

        // A change to the ingress updates its row in place: the row element the pointer may be over stays.
        await row.EvaluateAsync("tr => tr.dataset.seen = 'before the change'");
        await KubectlApplyAsync(kubectl, ShopIngress("shop.example.com", "www.shop.example.com"));
        await Assertions.Expect(row).ToContainTextAsync("www.shop.example.com");
        (await row.EvaluateAsync<string?>("tr => tr.dataset.seen")).ShouldBe("before the change");
    }

    /// <summary>The Ingress default/shop in front of the Service web, one rule per host.</summary>
    private static string ShopIngress(params string[] hosts) => $$"""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: shop, namespace: default }
        spec:
          ingressClassName: nginx
          rules:
        {{string.Concat(hosts.Select(host => $"  - host: {host}\n    http: {{ paths: [ {{ path: /, pathType: Prefix, backend: {{ service: {{ name: web, port: {{ number: 80 }} }} }} }} ] }}\n"))}}
        """;

    private static async Task KubectlApplyAsync(KubectlCommand kubectl, string manifest)
    {
        var applied = await kubectl.RunAsync(manifest, TestContext.Current.CancellationToken, "apply", "--validate=false", "-f", "-");
        applied.ExitCode.ShouldBe(0, applied.Error);
    }
}
