using System.Net;
using System.Net.Http.Headers;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Dashboard.Web.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Telemetry;

/// <summary>/metrics on a port of its own (a free one on loopback): served there without a token, and not on the app's port.</summary>
public sealed class MetricsPortTests : IAsyncLifetime
{
    private readonly TempDirectory data = new();
    private DashboardAppFactory app = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        app = new DashboardAppFactory(data.Path, new Dictionary<string, string?>
        {
            ["Dashboard:Sandbox:Profiles:0"] = "",
            ["Dashboard:Telemetry:Prometheus:Enabled"] = "true",
            ["Dashboard:Telemetry:Prometheus:Port"] = "0",
        }, listenOnRealPort: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task TheMetricsAreServedOnTheirOwnPortAndTheAppsPortAnswersNotFound()
    {
        var appAddress = app.ServerAddress;
        var metricsAddress = app.Services.GetRequiredService<MetricsPortServer>().Addresses.ShouldHaveSingleItem();
        using var http = new HttpClient();
        using var badToken = new HttpRequestMessage(HttpMethod.Get, new Uri(appAddress, "/api/v1/clusters"));
        badToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "dbt_not-issued");
        (await http.SendAsync(badToken, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var scrape = await Eventually.ReturnsAsync(() => http.GetStringAsync(new Uri(metricsAddress, "/metrics"), Cancel),
            s => PrometheusText.Has(s, "dashboard_signin_failures_total", ("method", "api_token")));
        using var onAppPort = await http.GetAsync(new Uri(appAddress, "/metrics"), Cancel);
        using var elseOnMetricsPort = await http.GetAsync(new Uri(metricsAddress, "/api/v1/clusters"), Cancel);

        metricsAddress.Host.ShouldBe("127.0.0.1");
        metricsAddress.Port.ShouldNotBe(appAddress.Port);
        PrometheusText.Sum(scrape, "dashboard_signin_failures_total", ("method", "api_token")).ShouldBeGreaterThanOrEqualTo(1);
        onAppPort.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await onAppPort.Content.ReadAsStringAsync(Cancel)).ShouldNotContain("dashboard_");
        elseOnMetricsPort.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }
}
