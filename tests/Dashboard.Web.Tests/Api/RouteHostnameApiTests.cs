using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Web.Tests.Components;

namespace Dashboard.Web.Tests.Api;

/// <summary><c>POST …/httproutes/{name}/hostname</c> against the app's gke and eks sandboxes, whose controllers give Gateways their addresses.</summary>
public class RouteHostnameApiTests(GatewayApiTestApp app) : IClassFixture<GatewayApiTestApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Url(Guid id, string name) => $"/api/v1/clusters/{id}/namespaces/default/httproutes/{name}/hostname";

    /// <summary>The Gateway's first address once the platform's controller gave it one, read through the API.</summary>
    private async Task<string> AddressAsync(Guid id, string gateway)
    {
        var page = await app.EventuallyAsync($"/api/v1/clusters/{id}/gateways?namespace=default&search={gateway}",
            p => p.GetProperty("items").EnumerateArray().Any(g => g.GetProperty("name").GetString() == gateway && g.GetProperty("addresses").GetArrayLength() > 0));
        return page.GetProperty("items").EnumerateArray().Single(g => g.GetProperty("name").GetString() == gateway)
            .GetProperty("addresses")[0].GetProperty("value").GetString()!;
    }

    [Fact]
    public async Task AnOperatorGetsTheGeneratedHostnameOfAnHttpRouteFromItsGatewaysIp()
    {
        var id = await app.ClusterIdAsync("gke");
        var kube = app.KubeClient("gke");
        await GatewayObjects.CreateGatewayAsync(kube, "api-open", "gke-l7-global-external-managed", Cancel, listenerHostname: null);
        await GatewayObjects.CreateHttpRouteAsync(kube, "api-bare", "api-open", "default", Cancel, hostname: null);
        var ip = await AddressAsync(id, "api-open");

        var response = await app.Client.PostAsync(Url(id, "api-bare"), null, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        body.GetProperty("outcome").GetString().ShouldBe("Generated");
        body.GetProperty("hostname").GetString().ShouldBe($"api-bare.default.{ip}.sslip.io");
        body.GetProperty("url").GetString().ShouldBe($"http://api-bare.default.{ip}.sslip.io/");
        await app.EventuallyAsync($"/api/v1/clusters/{id}/httproutes?search=api-bare",
            p => p.GetProperty("items").EnumerateArray().Any(r => r.GetProperty("hostnames").EnumerateArray().Any(h => h.GetString() == $"api-bare.default.{ip}.sslip.io")));
    }

    [Fact]
    public async Task ARouteWhoseListenerTakesOnlyOtherHostnamesIsAProblemThatSaysWhy()
    {
        var id = await app.ClusterIdAsync("gke");
        var kube = app.KubeClient("gke");
        await GatewayObjects.CreateGatewayAsync(kube, "api-strict", "gke-l7-global-external-managed", Cancel, listenerHostname: "*.shop.example.com");
        await GatewayObjects.CreateHttpRouteAsync(kube, "api-refused", "api-strict", "default", Cancel, hostname: null);
        await AddressAsync(id, "api-strict");

        var response = await app.Client.PostAsync(Url(id, "api-refused"), null, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        problem.GetProperty("title").GetString().ShouldBe("The route's listeners do not take the generated hostname");
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("accepts only *.shop.example.com");
    }

    [Fact]
    public async Task OnEksTheAnswerIsTheCnameRecordForTheGatewaysDnsName()
    {
        var id = await app.ClusterIdAsync("eks");
        var kube = app.KubeClient("eks");
        await GatewayObjects.CreateGatewayAsync(kube, "api-alb", "alb", Cancel, listenerHostname: null);
        await GatewayObjects.CreateHttpRouteAsync(kube, "api-cname", "api-alb", "default", Cancel, hostname: null);
        var dnsName = await AddressAsync(id, "api-alb");

        var response = await app.Client.PostAsync(Url(id, "api-cname"), null, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        body.GetProperty("outcome").GetString().ShouldBe("DnsNameOnly");
        body.GetProperty("cnameRecords")[0].GetString().ShouldBe($"your.domain. CNAME {dnsName}.");
        body.GetProperty("changed").GetBoolean().ShouldBeFalse();
    }
}
