using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks.UiTier;

/// <summary>
/// Real circuits: Debian's Chromium, headless, driven by Playwright for .NET. One browser context signs in once
/// through the login form; every tab opened in it is one Blazor circuit on the server.
/// </summary>
internal sealed class BrowserCircuits : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IBrowserContext context;
    private readonly Uri app;

    private BrowserCircuits(IPlaywright playwright, IBrowser browser, IBrowserContext context, Uri app)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.context = context;
        this.app = app;
    }

    public static async Task<BrowserCircuits> StartAsync(Uri app, string userName, string password, IEnumerable<UiPage> pages)
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: apt-get install -y chromium");
        var playwright = await Playwright.CreateAsync();
        IBrowser? browser = null;
        try
        {
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--disable-quic",
                        // Tabs in the background keep their circuits as a user's would; their timers are not the subject.
                        "--disable-background-timer-throttling", "--disable-renderer-backgrounding"],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1366, Height = 900 } });
            context.SetDefaultTimeout(120_000);
            await context.AddInitScriptAsync(ReadyRecorder(pages.Select(p => p.ReadySelector)));
            var circuits = new BrowserCircuits(playwright, browser, context, app);
            await circuits.SignInAsync(userName, password);
            return circuits;
        }
        catch
        {
            if (browser is not null)
                await browser.DisposeAsync();
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A new tab on <paramref name="page"/>, returned once its data shows, with the milliseconds from navigation start until then.</summary>
    public async Task<(IPage Tab, double Milliseconds)> OpenAsync(UiPage page)
    {
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(new Uri(app, page.Path).ToString(), new() { WaitUntil = WaitUntilState.Commit });
        await tab.Locator(page.ReadySelector).First.WaitForAsync();
        var milliseconds = await tab.EvaluateAsync<double>($"() => window.__uiTierSeen[{JsonSerializer.Serialize(page.ReadySelector)}]");
        return (tab, milliseconds);
    }

    /// <summary>
    /// Ends the tab's circuit the way leaving the page does (Blazor's disconnect beacon), so the server drops it now
    /// instead of keeping it for a reconnect. Blazor listens for the page leaving only once its circuit has started,
    /// which can be just after the first rows show: wait for that, then disconnect, leave and close.
    /// </summary>
    public static async Task CloseAsync(IPage tab)
    {
        await tab.WaitForFunctionAsync("() => window.Blazor && typeof window.Blazor.disconnect === 'function'");
        await tab.EvaluateAsync("() => window.Blazor.disconnect()");
        await tab.GotoAsync("about:blank");
        await tab.CloseAsync();
    }

    private async Task SignInAsync(string userName, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(app, "login").ToString());
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/login", StringComparison.Ordinal));
        await page.Locator("h1").First.WaitForAsync();
        await CloseAsync(page);
    }

    /// <summary>
    /// Runs in every document before its own scripts: records performance.now() (milliseconds since navigation
    /// start) when each ready selector first matches, from a MutationObserver, so the time is the DOM's, not
    /// Playwright's polling.
    /// </summary>
    private static string ReadyRecorder(IEnumerable<string> selectors) => string.Create(CultureInfo.InvariantCulture, $$"""
        (() => {
          const selectors = {{JsonSerializer.Serialize(selectors.Distinct().ToArray())}};
          const seen = {};
          window.__uiTierSeen = seen;
          const check = () => {
            for (const s of selectors)
              if (!(s in seen) && document.querySelector(s)) seen[s] = performance.now();
          };
          new MutationObserver(check).observe(document, { childList: true, subtree: true });
        })();
        """);

    public async ValueTask DisposeAsync()
    {
        await context.DisposeAsync();
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
