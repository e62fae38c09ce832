using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>The Service wizard on the rke-custom sandbox, in Chromium; kubectl sees what it made.</summary>
public class ServiceWizardTests(BrowserFixture browser)
{
    [Fact]
    public async Task AnOperatorCreatesALoadBalancerServiceIsWarnedItStaysPendingAndKubectlSeesIt()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, listenOnRealPort: true);
        await app.CreateUserAsync("otto", Dashboard.Core.Security.Roles.Operator, "operator-password-1");
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.ServerAddress, "otto", "operator-password-1");

        await page.GetByRole(AriaRole.Link, new() { Name = "sandbox-rke-custom", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Services" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Create Service" }).ClickAsync();
        var next = page.GetByRole(AriaRole.Button, new() { Name = "Next" });
        await next.ClickAsync();

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Shop_LB");
        await next.ClickAsync();
        await Assertions.Expect(page.GetByText("a DNS-1035 label must consist of lower case")).ToBeVisibleAsync(); // Next was refused
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("shop-lb");
        await Assertions.Expect(page.GetByText("a DNS-1035 label must consist of lower case")).ToHaveCountAsync(0); // fixed in place, without Next
        await page.GetByText("LoadBalancer", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=lb-warning]")).ToContainTextAsync("will stay pending");
        await next.ClickAsync(); // ports: one TCP port 80
        await next.ClickAsync(); // selector
        await page.GetByRole(AriaRole.Button, new() { Name = "Add selector" }).ClickAsync();
        await page.GetByLabel("Key").FillAsync("app");
        await page.GetByLabel("Value").FillAsync("shop");
        await next.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=review-yaml]")).ToContainTextAsync("type: LoadBalancer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=dry-run-result]")).ToContainTextAsync("nothing was stored");
        await page.ScreenshotAsync("service-wizard-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Service" }).ClickAsync();

        // The new Service's page says why its address stays pending, from the support matrix.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/namespaces/default/services/shop-lb$"));
        await Assertions.Expect(page.Locator("[data-testid=service-type]")).ToContainTextAsync("LoadBalancer");
        await Assertions.Expect(page.Locator("[data-testid=service-pending]")).ToContainTextAsync("will stay pending here");
        await page.ScreenshotAsync("service-page-pending");
        var kubectlOutput = await SandboxApi.KubectlAsync(data.Path, "rke-custom", "get", "svc", "shop-lb", "-n", "default", "-o", "jsonpath={.spec.type} {.spec.selector.app}");
        kubectlOutput.ShouldBe("LoadBalancer shop");
    }
}
