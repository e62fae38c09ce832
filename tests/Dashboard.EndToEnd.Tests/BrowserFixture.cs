using Dashboard.Tests.Shared;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Dashboard.EndToEnd.Tests.BrowserFixture))]

namespace Dashboard.EndToEnd.Tests;

/// <summary>
/// One headless Debian Chromium for the whole assembly, driven by Playwright for .NET. Playwright's own browser
/// download is not needed (and fails offline): it launches the installed executable.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Screenshots of every run land here, for people to look at.</summary>
    public static string ScreenshotDirectory { get; } =
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "dashboard-screenshots")).FullName;

    public async ValueTask InitializeAsync() => await Task.CompletedTask;

    /// <summary>Starts Chromium on first use, so a machine without it skips (or, in CI, fails) only the browser tests.</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (browser is null)
        {
            var executable = ExternalTools.Chromium;
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--disable-quic"],
            });
        }
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1366, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
