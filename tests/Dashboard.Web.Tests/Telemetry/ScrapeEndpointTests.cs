using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;
using static Dashboard.Web.Tests.Telemetry.PrometheusText;

namespace Dashboard.Web.Tests.Telemetry;

/// <summary>/metrics behind a bearer token: refused without it, and with it the dashboard's own figures in Prometheus text.</summary>
public sealed class ScrapeEndpointTests(TelemetryTestApp app) : IClassFixture<TelemetryTestApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData("scrape-token-for-tests-0123456789abcdeX")]
    public async Task AScrapeWithoutTheRightTokenIsRefusedWithAProblemThatSaysWhatToSend(string? token)
    {
        using var response = await app.ScrapeAsync(token);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        var body = await response.Content.ReadAsStringAsync(Cancel);
        body.ShouldContain("Dashboard:Telemetry:Prometheus:Token");
        body.ShouldNotContain("dashboard_");
    }

    [Fact]
    public async Task AScrapeWithTheTokenCountsTheApiServerRequestsOfARegisteredClusterAndItsCacheSizes()
    {
        var id = (await app.SandboxIdAsync()).ToString();

        // A read through the API starts the cluster's caches: each kind is listed, then watched.
        (await app.Admin.GetAsync($"/api/v1/clusters/{id}/namespaces", Cancel)).EnsureSuccessStatusCode();
        var scrape = await app.ScrapeUntilAsync(s =>
            Has(s, "dashboard_kubernetes_requests_total", ("cluster_id", id), ("k8s_verb", "watch"), ("k8s_resource", "namespaces")) &&
            Has(s, "dashboard_cache_objects", ("cluster_id", id), ("kind", "namespaces")));

        Sum(scrape, "dashboard_kubernetes_requests_total", ("cluster_id", id), ("cluster_name", "sandbox-rke-custom"),
            ("k8s_verb", "list"), ("k8s_resource", "namespaces"), ("http_response_status_class", "2xx")).ShouldBeGreaterThanOrEqualTo(1);
        Sum(scrape, "dashboard_kubernetes_request_duration_seconds_count", ("cluster_id", id), ("k8s_verb", "list")).ShouldBeGreaterThanOrEqualTo(1);
        Has(scrape, "dashboard_kubernetes_request_duration_seconds_count", ("cluster_id", id), ("k8s_verb", "watch")).ShouldBeFalse("watches are counted, not timed");
        // The rke-custom profile starts with default, kube-system, kube-public, kube-node-lease and more.
        Sum(scrape, "dashboard_cache_objects", ("cluster_id", id), ("kind", "namespaces")).ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public async Task OpenCircuitsAreCountedUpAndDown()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetServices<CircuitHandler>().ToList();
        // Blazor hands its handlers the circuit; ours only counts, so an empty one stands in for a browser tab.
        var circuit = (Circuit)RuntimeHelpers.GetUninitializedObject(typeof(Circuit));

        foreach (var handler in handlers)
            await handler.OnCircuitOpenedAsync(circuit, Cancel);
        var opened = await app.ScrapeUntilAsync(s => Sum(s, "dashboard_circuits_open") >= 1);
        foreach (var handler in handlers)
            await handler.OnCircuitClosedAsync(circuit, Cancel);
        var closed = await app.ScrapeUntilAsync(s => Sum(s, "dashboard_circuits_open") < Sum(opened, "dashboard_circuits_open"));

        Sum(opened, "dashboard_circuits_open").ShouldBe(1);
        Sum(closed, "dashboard_circuits_open").ShouldBe(0);
    }
}
