using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Web.Tests.Components;

namespace Dashboard.Web.Tests.Api;

/// <summary>The Gateway API rows of the HTTP API over the app's own gke, eks and rke-custom sandboxes.</summary>
public class GatewayReadApiTests(GatewayApiTestApp app) : IClassFixture<GatewayApiTestApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AGkeGatewayIsListedSearchedAndReadWithItsListeners()
    {
        var id = await app.ClusterIdAsync("gke");
        var kube = app.KubeClient("gke");
        await GatewayObjects.CreateGatewayAsync(kube, "api-shop", "gke-l7-rilb", Cancel);

        var page = await app.EventuallyAsync($"/api/v1/clusters/{id}/gateways?namespace=default&search=api-shop", p => p.GetProperty("total").GetInt32() == 1);
        var classes = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/clusters/{id}/gatewayclasses", Cancel);
        var detail = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/clusters/{id}/namespaces/default/gateways/api-shop", Cancel);

        page.GetProperty("items")[0].GetProperty("className").GetString().ShouldBe("gke-l7-rilb");
        classes.EnumerateArray().Select(c => c.GetProperty("controller").GetString()).ShouldContain("networking.gke.io/gateway");
        var listener = detail.GetProperty("listeners")[0];
        listener.GetProperty("protocol").GetString().ShouldBe("HTTP");
        listener.GetProperty("port").GetInt32().ShouldBe(80);
        detail.GetProperty("controller").GetString().ShouldBe("networking.gke.io/gateway");
    }

    [Fact]
    public async Task AnEksHttpRouteIsListedAndReadWithItsRulesAndParents()
    {
        var id = await app.ClusterIdAsync("eks");
        await GatewayObjects.CreateHttpRouteAsync(app.KubeClient("eks"), "api-route", "alb-gw", "default", Cancel);

        var page = await app.EventuallyAsync($"/api/v1/clusters/{id}/httproutes?search=api-route", p => p.GetProperty("total").GetInt32() == 1);
        var detail = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/clusters/{id}/namespaces/default/httproutes/api-route", Cancel);

        page.GetProperty("items")[0].GetProperty("hostnames")[0].GetString().ShouldBe("shop.example.com");
        detail.GetProperty("route").GetProperty("parents")[0].GetProperty("gatewayName").GetString().ShouldBe("alb-gw");
        detail.GetProperty("rules")[0].GetProperty("backends").GetArrayLength().ShouldBe(2);
        detail.GetProperty("parentGateways")[0].GetProperty("exists").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task AMissingGatewayIsANotFoundProblemThatNamesIt()
    {
        var id = await app.ClusterIdAsync("gke");

        var response = await app.Client.GetAsync($"/api/v1/clusters/{id}/namespaces/default/gateways/nowhere", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        problem.GetProperty("detail").GetString().ShouldBe("The Gateway default/nowhere does not exist (any more) in this cluster.");
    }

    [Fact]
    public async Task AClusterWithoutGatewayApiAnswersEmptyListsNotErrors()
    {
        var id = await app.ClusterIdAsync("rke-custom");

        var gateways = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/clusters/{id}/gateways", Cancel);
        var routes = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/clusters/{id}/httproutes", Cancel);
        var classes = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/clusters/{id}/gatewayclasses", Cancel);
        var support = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/clusters/{id}/support", Cancel);

        gateways.GetProperty("total").GetInt32().ShouldBe(0);
        routes.GetProperty("total").GetInt32().ShouldBe(0);
        classes.GetArrayLength().ShouldBe(0);
        support.GetProperty("gatewayApi").GetProperty("servesGatewayApi").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task TheSupportAnswerOfAGkeClusterSaysItServesGatewayApi()
    {
        var id = await app.ClusterIdAsync("gke");

        var support = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/clusters/{id}/support", Cancel);

        support.GetProperty("gatewayApi").GetProperty("servesGatewayApi").GetBoolean().ShouldBeTrue();
        support.GetProperty("today").GetProperty("gatewayAddress").GetString().ShouldBe("Ip");
    }
}
