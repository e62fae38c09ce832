using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>
/// A unique token planted in a kubeconfig never reaches the browser: not in the HTML, not in anything the live
/// pages send over their connection. Pages are not prerendered (docs/decisions/0008), so what a page shows travels
/// over that connection, and a plain HTTP fetch of a page would see only the shell.
/// </summary>
public class SecretInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task APlantedKubeconfigTokenNeverReachesThePagesOrTheirConnection()
    {
        var cancel = TestContext.Current.CancellationToken;
        var planted = $"planted-{Guid.NewGuid():N}";
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, listenOnRealPort: true);
        var address = app.ServerAddress;
        using var admin = new HttpClient { BaseAddress = address };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", await admin.TokenAsync("admin", DashboardAppFactory.AdminPassword));
        var sandboxKubeconfig = await File.ReadAllTextAsync(Path.Combine(data.Path, "sandbox", "rke-custom.kubeconfig"), cancel);
        var kubeconfig = System.Text.RegularExpressions.Regex.Replace(sandboxKubeconfig, "token: .*", $"token: \"{planted}\"");
        using var created = await admin.PostAsJsonAsync("/api/v1/clusters", new { name = "planted", kubeconfig, saveIfUnreachable = true, allowDuplicateServer = true }, cancel);
        created.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(cancel)).RootElement.GetProperty("id").GetString();

        var page = await browser.NewPageAsync();
        var received = new StringBuilder();
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            lock (received)
                received.Append(frame.Text ?? Encoding.UTF8.GetString(frame.Binary ?? []));
        };
        await page.SignInAsync(address, "admin", DashboardAppFactory.AdminPassword);
        await Assertions.Expect(page.ClusterRow("planted")).ToBeVisibleAsync();
        var html = await page.ContentAsync();
        await page.OpenAsync(address, $"/clusters/{id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "planted" })).ToBeVisibleAsync();
        html += await page.ContentAsync();

        string sent;
        lock (received)
            sent = received.ToString();
        sent.ShouldContain("planted"); // the pages' content did travel over the connection, the token did not
        sent.ShouldNotContain(planted);
        html.ShouldNotContain(planted);
    }
}
