using Dashboard.Core.Security;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>Sign-in and roles as a person meets them, in Chromium.</summary>
public class SignInTests(BrowserFixture browser)
{
    private static Dictionary<string, string?> NoSandbox => new() { ["Dashboard:Sandbox:Profiles:0"] = "" };

    [Fact]
    public async Task TheConfiguredAdminSignsInAndAWrongPasswordIsExplained()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, NoSandbox, listenOnRealPort: true);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(app.ServerAddress, "/clusters").ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?ReturnUrl=%2Fclusters$"));
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=login-error]")).ToHaveTextAsync("Wrong user name or password.");
        await page.ScreenshotAsync("login-wrong-password");

        await page.SignInAsync(app.ServerAddress, "admin", DashboardAppFactory.AdminPassword);
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(app.ServerAddress, "clusters").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Register cluster" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=user-menu]")).ToContainTextAsync("admin");
    }

    [Fact]
    public async Task AViewerSeesNoRegisterButtonAndACraftedApiCallIsRefused()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, NoSandbox, listenOnRealPort: true);
        await app.CreateUserAsync("vera", Roles.Viewer, "viewer-password-1");
        var page = await browser.NewPageAsync();
        var csp = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) csp.Add(message.Text); };

        await page.SignInAsync(app.ServerAddress, "vera", "viewer-password-1");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Clusters" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Register cluster" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("viewer-clusters");

        // What a curious viewer could type into the browser console.
        var status = await page.EvaluateAsync<int>("""
            async () => {
              const login = await fetch('/api/v1/auth/token', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ username: 'vera', password: 'viewer-password-1' }) });
              const { token } = await login.json();
              const register = await fetch('/api/v1/clusters', { method: 'POST',
                headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token },
                body: JSON.stringify({ name: 'sneaky', kubeconfig: 'apiVersion: v1' }) });
              return register.status;
            }
            """);

        status.ShouldBe(403);
        csp.ShouldBeEmpty();
    }

    [Fact]
    public async Task AViewerOpeningAnAdminPageIsToldItNeedsTheAdminRoleAndStaysSignedIn()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, NoSandbox, listenOnRealPort: true);
        await app.CreateUserAsync("vera", Roles.Viewer, "viewer-password-1");
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.ServerAddress, "vera", "viewer-password-1");

        foreach (var path in new[] { "/users", "/audit" })
        {
            await page.OpenAsync(app.ServerAddress, path);
            await Assertions.Expect(page.Locator("[data-testid=no-access]"))
                .ToContainTextAsync("You do not have access to this page: it needs the admin role; ask an admin");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("[data-testid=user-menu]")).ToContainTextAsync("vera");
        }
        await page.ScreenshotAsync("viewer-no-access");

        await page.Locator("[data-testid=no-access-back]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Clusters" })).ToBeVisibleAsync();
    }
}
