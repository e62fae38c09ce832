using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dashboard.Core.Clusters;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Dashboard.Web.Tests.Api;

namespace Dashboard.Web.Tests.Telemetry;

/// <summary>One app with its default sandbox cluster and the scrape endpoint behind a token, shared by a test class.</summary>
public sealed class TelemetryTestApp : IAsyncLifetime
{
    public const string ScrapeToken = "scrape-token-for-tests-0123456789abcdef";

    private readonly TempDirectory data = new();

    public DashboardAppFactory Factory { get; private set; } = default!;

    /// <summary>Signed in as the admin (bearer token), for the API.</summary>
    public HttpClient Admin { get; private set; } = default!;

    public string DataDirectory => data.Path;

    public async ValueTask InitializeAsync()
    {
        Factory = new DashboardAppFactory(data.Path, new Dictionary<string, string?>
        {
            ["Dashboard:Telemetry:Prometheus:Enabled"] = "true",
            ["Dashboard:Telemetry:Prometheus:Token"] = ScrapeToken,
        });
        Admin = await Factory.AdminClientAsync();
    }

    public async Task<Guid> SandboxIdAsync() =>
        (await Admin.GetFromJsonAsync<ClusterSummary[]>("/api/v1/clusters", ApiTestApp.Json, TestContext.Current.CancellationToken))!
            .Single(c => c.SandboxProfile == "rke-custom").Id;

    /// <summary>GET /metrics with the scrape token (or the one given), as a Prometheus server would.</summary>
    public async Task<HttpResponseMessage> ScrapeAsync(string? token = ScrapeToken)
    {
        using var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<string> ScrapeTextAsync()
    {
        using var response = await ScrapeAsync();
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Scrapes until <paramref name="done"/>: the exporter answers from a copy up to a moment old.</summary>
    public Task<string> ScrapeUntilAsync(Func<string, bool> done) => Eventually.ReturnsAsync(ScrapeTextAsync, done);

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
        data.Dispose();
    }
}
