using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Core.Security;
using Dashboard.Tests.SharedWeb;

namespace Dashboard.Web.Tests.Api;

/// <summary>Creating and deleting Services through the API: the shared validator, dry runs, roles, the sandbox's answer.</summary>
public class WorkloadApiTests(ApiTestApp app) : IClassFixture<ApiTestApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Service(string name, string type = "NodePort", int? nodePort = null) => new
    {
        @namespace = "default",
        name,
        type,
        ports = new[] { new { port = 80, protocol = "TCP", targetPort = "8080", nodePort } },
        selector = new[] { new { key = "app", value = name } },
    };

    private async Task<bool> ListedAsync(Guid id, string name) =>
        (await app.Client.GetStringAsync($"/api/v1/clusters/{id}/services?search={name}", Cancel)).Contains($"\"name\":\"{name}\"", StringComparison.Ordinal);

    [Fact]
    public async Task ADryRunIsCheckedByTheServerAndStoresNothing()
    {
        var id = await app.SandboxIdAsync();

        var response = await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/services?dryRun=true", Service("dry-one"), ApiTestApp.Json, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("\"dryRun\":true");
        await Task.Delay(500, Cancel);
        (await ListedAsync(id, "dry-one")).ShouldBeFalse();
    }

    [Fact]
    public async Task ACreatedServiceIsListedAndCanBeDeleted()
    {
        var id = await app.SandboxIdAsync();

        var created = await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/services", Service("made-by-api"), ApiTestApp.Json, Cancel);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/clusters/{id}/namespaces/default/services/made-by-api");
        for (var i = 0; i < 50 && !await ListedAsync(id, "made-by-api"); i++)
            await Task.Delay(100, Cancel);
        (await ListedAsync(id, "made-by-api")).ShouldBeTrue();

        (await app.Client.DeleteAsync($"/api/v1/clusters/{id}/namespaces/default/services/made-by-api", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task AnInvalidDraftIsAValidationProblemWithTheFieldPath()
    {
        var id = await app.SandboxIdAsync();

        var response = await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/services", Service("ok-name", nodePort: 20000), ApiTestApp.Json, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        errors.EnumerateObject().Single().Name.ShouldBe("ports[0].nodePort");
    }

    [Fact]
    public async Task AViewerMayNotCreateAndNothingIsStored()
    {
        var id = await app.SandboxIdAsync();
        await app.Factory.CreateUserAsync("wl-viewer", Roles.Viewer, "viewer-password-1");
        using var viewer = await app.Factory.ClientForAsync("wl-viewer", "viewer-password-1");

        var response = await viewer.PostAsJsonAsync($"/api/v1/clusters/{id}/services", Service("by-viewer"), ApiTestApp.Json, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await Task.Delay(300, Cancel);
        (await ListedAsync(id, "by-viewer")).ShouldBeFalse();
    }

    private static object Ingress(string name, string host) => new
    {
        @namespace = "default",
        name,
        className = "nginx",
        rules = new[] { new { hostChoice = "Custom", host, paths = new[] { new { path = "/", pathType = "Prefix", serviceName = "edit-web", servicePort = "80" } } } },
    };

    [Fact]
    public async Task AnIngressIsReadAsADraftAndEditedWithPut()
    {
        var id = await app.SandboxIdAsync();
        (await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/services", Service("edit-web", type: "ClusterIP"), ApiTestApp.Json, Cancel)).EnsureSuccessStatusCode();
        for (var i = 0; i < 50 && !await ListedAsync(id, "edit-web"); i++)
            await Task.Delay(100, Cancel);
        (await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/ingresses", Ingress("edit-me", "shop.example.com"), ApiTestApp.Json, Cancel)).EnsureSuccessStatusCode();
        var draftUrl = $"/api/v1/clusters/{id}/namespaces/default/ingresses/edit-me/draft";

        var draft = await app.Client.GetFromJsonAsync<JsonElement>(draftUrl, Cancel);
        var saved = await app.Client.PutAsJsonAsync($"/api/v1/clusters/{id}/namespaces/default/ingresses/edit-me", Ingress("edit-me", "store.example.com"), ApiTestApp.Json, Cancel);
        var after = await app.Client.GetFromJsonAsync<JsonElement>(draftUrl, Cancel);

        draft.GetProperty("rules")[0].GetProperty("host").GetString().ShouldBe("shop.example.com");
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Cancel));
        after.GetProperty("rules")[0].GetProperty("host").GetString().ShouldBe("store.example.com");
    }

    [Fact]
    public async Task APutWhoseBodyNamesAnotherIngressIsRefused()
    {
        var id = await app.SandboxIdAsync();

        var response = await app.Client.PutAsJsonAsync($"/api/v1/clusters/{id}/namespaces/default/ingresses/one", Ingress("other", "a.example.com"), ApiTestApp.Json, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("an edit cannot move or rename an Ingress");
    }
}
