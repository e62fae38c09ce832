using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dashboard.Web.Tests.Api;

/// <summary>Creating and deleting Gateways over the HTTP API, through the same service as the pages.</summary>
public class GatewayWriteApiTests(GatewayApiTestApp app) : IClassFixture<GatewayApiTestApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Draft(string name, string className) => new
    {
        @namespace = "default",
        name,
        className,
        listeners = new[] { new { name = "http", protocol = "HTTP", port = 80, hostname = "shop.example.com" } },
    };

    [Fact]
    public async Task ADryRunStoresNothingThenCreateStoresTheGatewayAndDeleteRemovesIt()
    {
        var id = await app.ClusterIdAsync("gke");

        var dry = await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/gateways?dryRun=true", Draft("written", "gke-l7-global-external-managed"), ApiTestApp.Json, Cancel);
        dry.StatusCode.ShouldBe(HttpStatusCode.OK, await dry.Content.ReadAsStringAsync(Cancel));
        (await dry.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("yaml").GetString().ShouldNotBeNull().ShouldContain("gatewayClassName: gke-l7-global-external-managed");
        (await app.Client.GetAsync($"/api/v1/clusters/{id}/namespaces/default/gateways/written", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var created = await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/gateways", Draft("written", "gke-l7-global-external-managed"), ApiTestApp.Json, Cancel);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/clusters/{id}/namespaces/default/gateways/written");
        await app.EventuallyAsync($"/api/v1/clusters/{id}/gateways?search=written", p => p.GetProperty("total").GetInt32() == 1);

        var deleted = await app.Client.DeleteAsync($"/api/v1/clusters/{id}/namespaces/default/gateways/written", Cancel);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await app.EventuallyAsync($"/api/v1/clusters/{id}/gateways?search=written", p => p.GetProperty("total").GetInt32() == 0);
    }

    [Fact]
    public async Task AGatewayOfAClassTheClusterDoesNotHaveIsABadRequestThatSaysSo()
    {
        var id = await app.ClusterIdAsync("gke");

        var response = await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/gateways", Draft("classless", "no-such-class"), ApiTestApp.Json, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("no-such-class");
    }
}
