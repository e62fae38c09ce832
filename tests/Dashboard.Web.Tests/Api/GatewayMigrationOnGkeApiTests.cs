using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dashboard.Web.Tests.Api;

/// <summary><c>POST …/ingresses/{name}/gateway-migration</c> on the gke sandbox, whose GKE Gateway controller is simulated.</summary>
public class GatewayMigrationOnGkeApiTests(GatewayApiTestApp app) : IClassFixture<GatewayApiTestApp>
{
    private const string GatewayClass = "gke-l7-global-external-managed";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADryRunShowsEachManifestAsItsOwnYamlDocumentAndListsWhatItCannotCarryOverWithoutCreatingAnything()
    {
        var id = await IngressAsync("dry-shop");

        var answer = await MoveAsync(id, "dry-shop", dryRun: true);

        var documents = answer.GetProperty("manifests").GetString().ShouldNotBeNull().Split("---\n");
        documents.Length.ShouldBe(2);
        documents.ShouldAllBe(d => d.StartsWith("apiVersion: gateway.networking.k8s.io/v1\n", StringComparison.Ordinal));
        documents[0].ShouldContain("kind: Gateway\n");
        documents[1].ShouldContain("kind: HTTPRoute\n");
        answer.GetProperty("notTranslated").EnumerateArray().Select(e => e.GetProperty("item").GetString())
            .ShouldContain("nginx.ingress.kubernetes.io/proxy-body-size");
        (await app.Client.GetAsync($"/api/v1/clusters/{id}/namespaces/default/gateways/dry-shop-gateway", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MovingCreatesTheGatewayAndTheRouteBesideTheIngressAndGkesControllerAcceptsTheRoute()
    {
        var id = await IngressAsync("moved-shop");

        await MoveAsync(id, "moved-shop", dryRun: false);

        var route = await app.EventuallyAsync($"/api/v1/clusters/{id}/namespaces/default/httproutes/moved-shop",
            r => r.ToString().Contains("\"accepted\":true", StringComparison.OrdinalIgnoreCase));
        route.ToString().ShouldContain("moved-shop-gateway");
        (await app.Client.GetAsync($"/api/v1/clusters/{id}/namespaces/default/gateways/moved-shop-gateway", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Client.GetAsync($"/api/v1/clusters/{id}/namespaces/default/ingresses/moved-shop", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<JsonElement> MoveAsync(Guid id, string ingress, bool dryRun)
    {
        var response = await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/namespaces/default/ingresses/{ingress}/gateway-migration",
            new { gatewayClassName = GatewayClass, dryRun }, ApiTestApp.Json, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A Service and an Ingress to it with one ingress-nginx annotation Gateway API has no field for.</summary>
    private async Task<Guid> IngressAsync(string name)
    {
        var id = await app.ClusterIdAsync("gke");
        var service = new { @namespace = "default", name, type = "ClusterIP", ports = new[] { new { port = 80, protocol = "TCP" } } };
        (await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/services", service, ApiTestApp.Json, Cancel)).EnsureSuccessStatusCode();
        await app.EventuallyAsync($"/api/v1/clusters/{id}/services?search={name}", s => s.ToString().Contains($"\"name\":\"{name}\"", StringComparison.Ordinal));
        var ingress = new
        {
            @namespace = "default", name,
            rules = new[] { new { hostChoice = "Custom", host = $"{name}.example.com", paths = new[] { new { path = "/", pathType = "Prefix", serviceName = name, servicePort = "80" } } } },
            annotations = new[] { new { key = "nginx.ingress.kubernetes.io/proxy-body-size", value = "8m" } },
        };
        (await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/ingresses", ingress, ApiTestApp.Json, Cancel)).EnsureSuccessStatusCode();
        return id;
    }
}
