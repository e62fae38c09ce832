using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Core.Security;
using Dashboard.Tests.SharedWeb;

namespace Dashboard.Web.Tests.Api;

/// <summary><c>POST …/ingresses/{name}/hostname</c> against the app's rke-custom sandbox (ingress-nginx on node IPs).</summary>
public class HostnameApiTests(ApiTestApp app) : IClassFixture<ApiTestApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A Service and an Ingress to it through the API; waits until the sandbox's ingress-nginx gave it an address.</summary>
    private async Task CreateIngressAsync(Guid id, string name, object rule)
    {
        var service = new { @namespace = "default", name, type = "ClusterIP", ports = new[] { new { port = 80, protocol = "TCP" } } };
        (await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/services", service, ApiTestApp.Json, Cancel)).EnsureSuccessStatusCode();
        for (var i = 0; i < 50 && !(await app.Client.GetStringAsync($"/api/v1/clusters/{id}/services?search={name}", Cancel)).Contains($"\"name\":\"{name}\"", StringComparison.Ordinal); i++)
            await Task.Delay(100, Cancel);
        var ingress = new { @namespace = "default", name, className = "nginx", rules = new[] { rule } };
        (await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/ingresses", ingress, ApiTestApp.Json, Cancel)).EnsureSuccessStatusCode();
        for (var i = 0; i < 50 && !(await app.Client.GetStringAsync($"/api/v1/clusters/{id}/ingresses?search={name}", Cancel)).Contains("203.0.113.10", StringComparison.Ordinal); i++)
            await Task.Delay(100, Cancel);
    }

    private static object Rule(string hostChoice, string? host, string service) =>
        new { hostChoice, host, paths = new[] { new { path = "/", pathType = "Prefix", serviceName = service, servicePort = "80" } } };

    private static string Url(Guid id, string name) => $"/api/v1/clusters/{id}/namespaces/default/ingresses/{name}/hostname";

    [Fact]
    public async Task AnOperatorGetsTheGeneratedHostnameOfAnIngress()
    {
        var id = await app.SandboxIdAsync();
        await CreateIngressAsync(id, "api-shop", Rule("Generate", null, "api-shop"));

        var response = await app.Client.PostAsync(Url(id, "api-shop"), null, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        body.GetProperty("hostname").GetString().ShouldBe("api-shop.default.203.0.113.10.sslip.io");
        body.GetProperty("url").GetString().ShouldBe("http://api-shop.default.203.0.113.10.sslip.io/");
        body.GetProperty("outcome").GetString().ShouldBe("Generated");
        (await app.Client.GetStringAsync($"/api/v1/clusters/{id}/ingresses?search=api-shop", Cancel)).ShouldContain("api-shop.default.203.0.113.10.sslip.io");
    }

    [Fact]
    public async Task AnIngressWhoseHostsAreAllTheUsersOwnIsAProblemThatSaysWhy()
    {
        var id = await app.SandboxIdAsync();
        await CreateIngressAsync(id, "api-typed", Rule("Custom", "typed.example.com", "api-typed"));

        var response = await app.Client.PostAsync(Url(id, "api-typed"), null, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("never rewrites a host you chose");
    }

    [Fact]
    public async Task AViewerMayNotGenerateAHostname()
    {
        var id = await app.SandboxIdAsync();
        await CreateIngressAsync(id, "api-viewed", Rule("Generate", null, "api-viewed"));
        await app.Factory.CreateUserAsync("hn-viewer", Roles.Viewer, "viewer-password-1");
        using var viewer = await app.Factory.ClientForAsync("hn-viewer", "viewer-password-1");

        var response = await viewer.PostAsync(Url(id, "api-viewed"), null, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Client.GetStringAsync($"/api/v1/clusters/{id}/ingresses?search=api-viewed", Cancel)).ShouldNotContain("api-viewed.default.203.0.113.10.sslip.io");
    }

    [Fact]
    public async Task AnIngressThatDoesNotExistIsNotFound()
    {
        var id = await app.SandboxIdAsync();

        var response = await app.Client.PostAsync(Url(id, "no-such-ingress"), null, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
