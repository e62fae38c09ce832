using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>The first click counts: right after a page load, and while a success toast is showing.</summary>
public class FirstClickTests(BrowserFixture browser)
{
    private static Dictionary<string, string?> NoSandbox => new() { ["Dashboard:Sandbox:Profiles:0"] = "" };

    [Fact]
    public async Task RegisterClusterOpensItsDialogOnTheFirstClickRightAfterEachOfEightFreshLoads()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, NoSandbox, listenOnRealPort: true);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.ServerAddress, "admin", DashboardAppFactory.AdminPassword);
        var clusters = new Uri(app.ServerAddress, "/clusters").ToString();

        var opened = 0;
        for (var load = 0; load < 8; load++)
        {
            // No wait for the page to settle: the click goes out as soon as the button can be seen.
            await page.GotoAsync(clusters, new() { WaitUntil = WaitUntilState.Commit });
            await page.GetByRole(AriaRole.Button, new() { Name = "Register cluster" }).ClickAsync();
            var dialog = page.Locator(".mud-dialog", new() { HasText = "Register a cluster" });
            try
            {
                await dialog.WaitForAsync(new() { Timeout = 5_000 });
                opened++;
            }
            catch (TimeoutException)
            {
                // Counted, not retried: the assertion below says how many of the eight were lost.
            }
        }

        opened.ShouldBe(8, "every first click on Register cluster should open the dialog");
    }

    [Fact]
    public async Task ASuccessToastCoversNoHeaderButtonAndTheButtonTakesTheFirstClick()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, listenOnRealPort: true);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.ServerAddress, "admin", DashboardAppFactory.AdminPassword);
        await Assertions.Expect(page.ClusterRow("sandbox-rke-custom")).ToContainTextAsync("Reachable");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete sandbox-rke-custom" }).ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Delete sandbox-rke-custom" }).ClickAsync();
        var toast = page.Locator(".mud-snackbar", new() { HasText = "Cluster 'sandbox-rke-custom' deleted." });
        await Assertions.Expect(toast).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("toast-after-delete");

        var toastBox = (await toast.BoundingBoxAsync()).ShouldNotBeNull();
        foreach (var name in new[] { "Refresh", "Register cluster" })
        {
            var buttonBox = (await page.GetByRole(AriaRole.Button, new() { Name = name }).BoundingBoxAsync()).ShouldNotBeNull();
            Overlaps(toastBox, buttonBox).ShouldBeFalse($"the toast covers the '{name}' button");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Register cluster" }).ClickAsync(new() { Timeout = 2_000 });

        await Assertions.Expect(page.Locator(".mud-dialog", new() { HasText = "Register a cluster" })).ToBeVisibleAsync();
        await Assertions.Expect(toast).ToBeVisibleAsync(); // the click did not wait for the toast to go away
    }

    private static bool Overlaps(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
