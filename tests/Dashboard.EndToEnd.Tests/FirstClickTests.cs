using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>The first click counts: while a success toast is showing.</summary>
public class FirstClickTests(BrowserFixture browser)
{
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
