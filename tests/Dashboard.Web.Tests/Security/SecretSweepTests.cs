using System.Net.Http.Json;
using System.Text;
using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Dashboard.Web.Tests.Api;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Security;

/// <summary>A unique token planted in a kubeconfig never appears in the database file in clear, a log line, an audit row
/// or the API. The pages are swept in the browser, where their content arrives (the end-to-end SecretInBrowserTests).</summary>
public class SecretSweepTests
{
    [Fact]
    public async Task APlantedKubeconfigTokenIsNowhereToBeFound()
    {
        var cancel = TestContext.Current.CancellationToken;
        var planted = $"planted-{Guid.NewGuid():N}";
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path);
        using var admin = await app.AdminClientAsync();
        var sandboxKubeconfig = await File.ReadAllTextAsync(Path.Combine(data.Path, "sandbox", "rke-custom.kubeconfig"), cancel);
        var kubeconfig = System.Text.RegularExpressions.Regex.Replace(sandboxKubeconfig, "token: .*", $"token: \"{planted}\"");

        var created = await (await admin.PostAsJsonAsync("/api/v1/clusters", new { name = "planted", kubeconfig, saveIfUnreachable = true, allowDuplicateServer = true }, cancel))
            .Content.ReadFromJsonAsync<ClusterSummary>(ApiTestApp.Json, cancel);
        (await admin.PostAsJsonAsync("/api/v1/clusters", new { name = "planted", kubeconfig, saveIfUnreachable = true, allowDuplicateServer = true }, cancel)).IsSuccessStatusCode.ShouldBeFalse();

        var api = await admin.GetStringAsync("/api/v1/clusters", cancel) + await admin.GetStringAsync($"/api/v1/clusters/{created!.Id}", cancel);
        var audit = await app.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Take: 500), cancel);
        SqliteConnection.ClearAllPools();
        var database = string.Concat(Directory.GetFiles(data.Path, "dashboard.db*").Select(f => Encoding.Latin1.GetString(File.ReadAllBytes(f))));

        api.ShouldContain("planted"); // the cluster is in the answers, its secret is not
        api.ShouldNotContain(planted);
        audit.Entries.ShouldContain(e => e.ClusterName == "planted");
        audit.Entries.ShouldAllBe(e => !(e.Message ?? "").Contains(planted, StringComparison.Ordinal));
        app.Logs.All.ShouldContain("Sandbox cluster rke-custom at"); // the capture works, and still never the token
        app.Logs.All.ShouldNotContain(planted);
        database.ShouldNotContain(planted);
    }
}
