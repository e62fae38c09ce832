using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Core.Auditing;
using Dashboard.Core.Security;
using Dashboard.Tests.SharedWeb;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Api;

/// <summary>The API only translates: the service's gate answers 403 before 400, validates, and guards the cluster's own API Service.</summary>
public class ServiceGateApiTests(ApiTestApp app) : IClassFixture<ApiTestApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object NodePortService(string name, int nodePort) => new
    {
        @namespace = "default",
        name,
        type = "NodePort",
        ports = new[] { new { port = 80, protocol = "TCP", targetPort = "8080", nodePort } },
        selector = new[] { new { key = "app", value = name } },
    };

    [Fact]
    public async Task AViewersInvalidDraftIsForbiddenNotABadRequest()
    {
        var id = await app.SandboxIdAsync();
        await app.Factory.CreateUserAsync("gate-viewer", Roles.Viewer, "viewer-password-1");
        using var viewer = await app.Factory.ClientForAsync("gate-viewer", "viewer-password-1");

        var response = await viewer.PostAsJsonAsync($"/api/v1/clusters/{id}/services", NodePortService("by-viewer", 20000), ApiTestApp.Json, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnInvalidDraftIsRefusedByTheServiceWhichAuditsTheRefusal()
    {
        var id = await app.SandboxIdAsync();

        var response = await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/services", NodePortService("gate-invalid", 20000), ApiTestApp.Json, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        problem.GetProperty("errors").EnumerateObject().Single().Name.ShouldBe("ports[0].nodePort");
        var audit = app.Services.GetRequiredService<IAuditLog>();
        var rows = (await audit.QueryAsync(new AuditQuery(ClusterId: id, Action: AuditActions.ServiceCreate), Cancel)).Entries;
        rows.Where(r => r.ObjectName == "gate-invalid").ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Failure);
    }

    [Fact]
    public async Task DeletingTheClusterApiServiceIsAConflictThatSaysWhatItIsAndHowToDoItAnyway()
    {
        var id = await app.SandboxIdAsync();

        var response = await app.Client.DeleteAsync($"/api/v1/clusters/{id}/namespaces/default/services/kubernetes", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString();
        detail.ShouldNotBeNull().ShouldContain("cluster's own API Service");
        detail.ShouldContain("kubectl delete service kubernetes -n default");
    }

    [Fact]
    public async Task TheDependentsOfAServiceAreListedWithASentenceEach()
    {
        var id = await app.SandboxIdAsync();

        var dependents = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/clusters/{id}/namespaces/default/services/kubernetes/dependents", Cancel);

        var only = dependents.EnumerateArray().ShouldHaveSingleItem();
        only.GetProperty("kind").GetString().ShouldBe("ClusterApi");
        only.GetProperty("sentence").GetString().ShouldNotBeNull().ShouldContain("API server");
    }
}
