using Dashboard.Core.Security;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>An ended session ends its open tabs too, in Chromium.</summary>
public class SessionEndTests(BrowserFixture browser)
{
    [Fact]
    public async Task SigningOutInOneTabSendsTheOtherOpenTabToTheLoginPageWithinSeconds()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, new Dictionary<string, string?> { ["Dashboard:Sandbox:Profiles:0"] = "" }, listenOnRealPort: true);
        await app.CreateUserAsync("sam", Roles.Operator, "operator-password-1");
        var first = await browser.NewPageAsync();
        await first.SignInAsync(app.ServerAddress, "sam", "operator-password-1");
        await Assertions.Expect(first.GetByRole(AriaRole.Heading, new() { Name = "Clusters" })).ToBeVisibleAsync();
        // A second tab of the same browser: the same session cookie, a circuit of its own.
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(new Uri(app.ServerAddress, "/profile").ToString());
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        await second.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await Assertions.Expect(second).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));

        // The first tab sent nothing: its circuit learns at its next session check (every 5 s) and reloads into the login page.
        await Assertions.Expect(first).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?ReturnUrl=%2Fclusters$"), new() { Timeout = 20_000 });
        await first.ScreenshotAsync("session-ended-in-another-tab");
    }
}
