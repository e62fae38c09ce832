using Dashboard.Sandbox;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>A new user's first minutes, in Chromium against the app on a real loopback port with a fresh data directory.</summary>
public class FirstRunTests(BrowserFixture browser)
{
    [Fact]
    public async Task ANewUserSeesTheSandboxRegistersASecondClusterAndFindsBothAfterARestart()
    {
        using var data = new TempDirectory();
        await using var other = await SandboxCluster.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        var page = await browser.NewPageAsync();

        await using (var app = new DashboardAppFactory(data.Path, listenOnRealPort: true))
        {
            await page.SignInAsync(app.ServerAddress, "admin", DashboardAppFactory.AdminPassword);
            await Assertions.Expect(page).ToHaveURLAsync(new Uri(app.ServerAddress, "clusters").ToString());
            await Assertions.Expect(page.ClusterRow("sandbox-rke-custom")).ToContainTextAsync("Reachable");
            await page.ScreenshotAsync("clusters-first-run");

            await page.PasteKubeconfigAsync(other.KubeconfigYaml("second-sandbox"));
            await Assertions.Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("second-sandbox");
            await page.GetByRole(AriaRole.Button, new() { Name = "Connect" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=probe-result]")).ToContainTextAsync("3 nodes");
            await page.ScreenshotAsync("register-dialog-connected");
            await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();

            var row = page.ClusterRow("second-sandbox");
            await Assertions.Expect(row).ToContainTextAsync("Reachable");
            await Assertions.Expect(row.Locator("td[data-label=Nodes]")).ToHaveTextAsync("3");
        }

        await using (var restarted = new DashboardAppFactory(data.Path, listenOnRealPort: true))
        {
            // The session survives the restart: the cookie keys live in the data directory.
            await page.OpenAsync(restarted.ServerAddress, "/clusters");
            await Assertions.Expect(page.ClusterRow("sandbox-rke-custom")).ToContainTextAsync("Reachable");
            await Assertions.Expect(page.ClusterRow("second-sandbox")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-testid=clusters-table] tbody tr")).ToHaveCountAsync(2);
            await page.ScreenshotAsync("clusters-after-restart");
        }
    }

    [Fact]
    public async Task AHostileKubeconfigShowsTheRefusalMessage()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, new Dictionary<string, string?> { ["Dashboard:Sandbox:Profiles:0"] = "" }, listenOnRealPort: true);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.ServerAddress, "admin", DashboardAppFactory.AdminPassword);

        await page.PasteKubeconfigAsync("""
            apiVersion: v1
            kind: Config
            current-context: evil
            clusters: [{name: c, cluster: {server: "https://203.0.113.9:6443"}}]
            users: [{name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1, command: /bin/sh, args: ["-c", "id"]}}}]
            contexts: [{name: evil, context: {cluster: c, user: u}}]
            """);

        var refusal = page.Locator("[data-testid=kubeconfig-error]");
        await Assertions.Expect(refusal).ToContainTextAsync("uses 'exec' (it would run '/bin/sh')");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Connect" })).ToBeDisabledAsync();
        await page.ScreenshotAsync("register-dialog-refused");
    }
}
