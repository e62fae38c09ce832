using System.Net;
using System.Net.Http.Json;
using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
using Dashboard.Tests.SharedWeb;
using Dashboard.Web.Tests.Api;

namespace Dashboard.Web.Tests.Security;

/// <summary>For each API operation, what each role gets. The service layer decides; the API only reports it.</summary>
public class RoleMatrixTests(ApiTestApp app) : IClassFixture<ApiTestApp>
{
    private const string Password = "role-matrix-password";

    public static TheoryData<string, string, bool> Operations => new()
    {
        { Roles.Viewer, "list", true }, { Roles.Operator, "list", true }, { Roles.Admin, "list", true },
        { Roles.Viewer, "get", true }, { Roles.Operator, "get", true }, { Roles.Admin, "get", true },
        { Roles.Viewer, "register", false }, { Roles.Operator, "register", false }, { Roles.Admin, "register", true },
        { Roles.Viewer, "edit", false }, { Roles.Operator, "edit", false }, { Roles.Admin, "edit", true },
        { Roles.Viewer, "delete", false }, { Roles.Operator, "delete", false }, { Roles.Admin, "delete", true },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task EachRoleGetsWhatItMay(string role, string operation, bool allowed)
    {
        var cancel = TestContext.Current.CancellationToken;
        var user = $"{role}-{operation}";
        await app.Factory.CreateUserAsync(user, role, Password);
        using var client = await app.Factory.ClientForAsync(user, Password);
        var target = await (await app.RegisterAsync(new { name = $"target-{role}-{operation}", kubeconfig = app.OtherKubeconfig() }))
            .Content.ReadFromJsonAsync<ClusterSummary>(ApiTestApp.Json, cancel);

        using var response = operation switch
        {
            "list" => await client.GetAsync("/api/v1/clusters", cancel),
            "get" => await client.GetAsync($"/api/v1/clusters/{target!.Id}", cancel),
            "register" => await client.PostAsJsonAsync("/api/v1/clusters", new { name = $"by-{role}", kubeconfig = app.OtherKubeconfig(), allowDuplicateServer = true }, cancel),
            "edit" => await client.PutAsJsonAsync($"/api/v1/clusters/{target!.Id}", new { name = $"renamed-{role}", provider = "Unknown" }, cancel),
            _ => await client.DeleteAsync($"/api/v1/clusters/{target!.Id}", cancel),
        };

        if (allowed)
        {
            response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync(cancel));
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await response.Content.ReadAsStringAsync(cancel)).ShouldContain($"has the role '{role}'");
            (await app.Client.GetAsync($"/api/v1/clusters/{target!.Id}", cancel)).StatusCode.ShouldBe(HttpStatusCode.OK); // nothing changed
        }
    }
}
