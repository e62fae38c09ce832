using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.SharedWeb;

namespace Dashboard.Web.Tests.Api;

/// <summary><c>POST …/ingresses/{name}/gateway-migration</c> against the app's rke-custom sandbox, which serves no Gateway API.</summary>
public class GatewayMigrationApiTests(ApiTestApp app) : IClassFixture<ApiTestApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MovingAnIngressOnAClusterWithoutAGatewayClassIsRefusedWithWhatToInstallAndNothingIsCreated()
    {
        var id = await app.SandboxIdAsync();
        var service = new { @namespace = "default", name = "move-shop", type = "ClusterIP", ports = new[] { new { port = 80, protocol = "TCP" } } };
        (await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/services", service, ApiTestApp.Json, Cancel)).EnsureSuccessStatusCode();
        for (var i = 0; i < 50 && !(await app.Client.GetStringAsync($"/api/v1/clusters/{id}/services?search=move-shop", Cancel)).Contains("\"name\":\"move-shop\"", StringComparison.Ordinal); i++)
            await Task.Delay(100, Cancel);
        var ingress = new
        {
            @namespace = "default", name = "move-shop", className = "nginx",
            rules = new[] { new { hostChoice = "Custom", host = "shop.example.com", paths = new[] { new { path = "/", pathType = "Prefix", serviceName = "move-shop", servicePort = "80" } } } },
        };
        (await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/ingresses", ingress, ApiTestApp.Json, Cancel)).EnsureSuccessStatusCode();

        var response = await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/namespaces/default/ingresses/move-shop/gateway-migration",
            new { gatewayClassName = "traefik", dryRun = false }, ApiTestApp.Json, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        body.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("GatewayClass 'traefik' does not exist: this cluster has no GatewayClass at all.");
    }
}
