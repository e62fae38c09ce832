using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Dashboard.Web.Telemetry;
using Dashboard.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Networks;

/// <summary>The dashboard's own listeners (its pages and API, the metrics port) are refused even with loopback allowed.</summary>
public sealed class OwnListenerRefusalTests : IAsyncLifetime
{
    private readonly TempDirectory data = new();
    private DashboardAppFactory app = default!;
    private HttpClient admin = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        app = new DashboardAppFactory(data.Path, new Dictionary<string, string?>
        {
            ["Dashboard:Sandbox:Profiles:0"] = "",
            ["Dashboard:Telemetry:Prometheus:Enabled"] = "true",
            ["Dashboard:Telemetry:Prometheus:Port"] = "0",
        }, listenOnRealPort: true);
        // A client of the real port: the factory's own client talks to the in-memory server.
        admin = new HttpClient { BaseAddress = app.ServerAddress };
        admin.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", await admin.TokenAsync("admin", DashboardAppFactory.AdminPassword));
    }

    public async ValueTask DisposeAsync()
    {
        admin.Dispose();
        await app.DisposeAsync();
        data.Dispose();
    }

    private static string KubeconfigFor(Uri server) => $$$"""
        apiVersion: v1
        kind: Config
        current-context: self
        clusters: [{name: self, cluster: {server: "{{{server}}}"}}]
        users: [{name: u, user: {token: some-token}}]
        contexts: [{name: self, context: {cluster: self, user: u}}]
        """;

    private async Task<string> RefusalAsync(Uri server)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/clusters",
            new { name = "self", kubeconfig = KubeconfigFor(server), acceptInsecureConnection = true }, ApiTestApp.Json, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString()!;
    }

    [Fact]
    public async Task TheDashboardsOwnPortIsRefused()
    {
        var own = app.ServerAddress;

        (await RefusalAsync(own)).ShouldContain($"is the dashboard's own listener (port {own.Port})");
    }

    [Fact]
    public async Task TheMetricsPortIsRefused()
    {
        var metrics = app.Services.GetRequiredService<MetricsPortServer>().Addresses.ShouldHaveSingleItem();

        (await RefusalAsync(metrics)).ShouldContain($"is the dashboard's own listener (port {metrics.Port})");
    }
}
