using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>What a user does on the pages, in Playwright terms; shared by the end-to-end tests.</summary>
internal static class DashboardPages
{
    /// <summary>Opens a page and waits for its heading. Pages are not prerendered (docs/decisions/0008), so what
    /// shows already works: the wait is for what a user would look at, not for the circuit.</summary>
    public static async Task OpenAsync(this IPage page, Uri app, string path)
    {
        await page.GotoAsync(new Uri(app, path).ToString());
        await page.Locator("h1").First.WaitForAsync();
    }

    /// <summary>Signs in through the login page and waits for the heading of the page it lands on.</summary>
    public static async Task SignInAsync(this IPage page, Uri app, string userName, string password)
    {
        await page.GotoAsync(new Uri(app, "/login").ToString());
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/login", StringComparison.Ordinal));
        await page.Locator("h1").First.WaitForAsync();
    }

    /// <summary>From the clusters page (where sign-in lands): a sandbox cluster's Ingresses tab, then Create Ingress.</summary>
    public static async Task OpenIngressWizardAsync(this IPage page, string profile)
    {
        // Right after sign-in the clusters' status answers are still arriving: the table updates rows in place, so
        // this one click is enough.
        await page.GetByRole(AriaRole.Link, new() { Name = $"sandbox-{profile}", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/clusters/[0-9a-f-]{36}"));
        // The tabs render once the detail page is interactive, after its live overview of the cluster: on two cores
        // shared with other test projects that took over the default 15 s once in CI.
        var tab = page.GetByRole(AriaRole.Tab, new() { Name = "Ingresses" });
        await Assertions.Expect(tab).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await tab.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Create Ingress" }).ClickAsync();
    }

    public static ILocator ClusterRow(this IPage page, string name) =>
        page.Locator("[data-testid=clusters-table] tbody tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });

    public static async Task PasteKubeconfigAsync(this IPage page, string kubeconfig)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Register cluster" }).ClickAsync();
        var textarea = page.Locator(".mud-dialog textarea");
        await textarea.FillAsync(kubeconfig);
        await textarea.BlurAsync(); // MudTextField sends its value on change
    }

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}.png"), FullPage = true });
}
