using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;

namespace Dashboard.Web.Tests.Api;

/// <summary>The HTTP API refuses what the annotation policy and the ExternalName rule refuse, in the service's words; a setting allows a prefix.</summary>
public class AnnotationPolicyApiTests(ApiTestApp app) : IClassFixture<ApiTestApp>
{
    private const string Snippet = "nginx.ingress.kubernetes.io/configuration-snippet";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Routes to the cluster's own API Service, which every sandbox has, so the backend check passes.</summary>
    private static object IngressWith(string name, string key, string value) => new
    {
        @namespace = "default",
        name,
        className = "nginx",
        rules = new[]
        {
            new { hostChoice = "Custom", host = $"{name}.example.com", paths = new[] { new { path = "/", pathType = "Prefix", serviceName = "kubernetes", servicePort = "443" } } },
        },
        annotations = new[] { new { key, value } },
    };

    [Fact]
    public async Task ASnippetAnnotationIsABadRequestThatNamesItAndItsCve()
    {
        var id = await app.SandboxIdAsync();

        var response = await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/ingresses", IngressWith("snippet", Snippet, "more_set_headers \"X: 1\";"), ApiTestApp.Json, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var error = problem.GetProperty("errors").EnumerateObject().ShouldHaveSingleItem();
        error.Name.ShouldBe("annotations[0].key");
        var message = error.Value[0].GetString() ?? "";
        message.ShouldContain($"'{Snippet}'");
        message.ShouldContain("CVE-2021-25742");
        message.ShouldContain("Dashboard:Annotations:AllowedPrefixes");
    }

    [Fact]
    public async Task AnExternalNameOfTheMetadataAddressIsABadRequestAtItsField()
    {
        var id = await app.SandboxIdAsync();
        var service = new { @namespace = "default", name = "metadata-alias", type = "ExternalName", externalName = "169.254.169.254", ports = Array.Empty<object>() };

        var response = await app.Client.PostAsJsonAsync($"/api/v1/clusters/{id}/services", service, ApiTestApp.Json, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        (problem.GetProperty("errors").GetProperty("externalName")[0].GetString() ?? "").ShouldContain("metadata service");
    }

    [Fact]
    public async Task AnAllowedPrefixInTheSettingsLetsTheSnippetThrough()
    {
        using var data = new TempDirectory();
        await using var allowing = new DashboardAppFactory(data.Path, new Dictionary<string, string?> { ["Dashboard:Annotations:AllowedPrefixes:0"] = Snippet });
        using var client = await allowing.AdminClientAsync();
        var clusters = await client.GetFromJsonAsync<JsonElement>("/api/v1/clusters", ApiTestApp.Json, Cancel);
        var id = clusters.EnumerateArray().Single(c => c.GetProperty("sandboxProfile").GetString() == "rke-custom").GetProperty("id").GetGuid();

        var response = await client.PostAsJsonAsync($"/api/v1/clusters/{id}/ingresses", IngressWith("allowed", Snippet, "more_set_headers \"X: 1\";"), ApiTestApp.Json, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain(Snippet);
    }
}
