using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dashboard.Sandbox.Tests.Support;

namespace Dashboard.Sandbox.Tests;

/// <summary>The wire itself: discovery documents, auth, Table printing, as raw HTTP.</summary>
public sealed class HttpApiTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>, IDisposable
{
    private readonly HttpClient http = new(sandbox.Cluster.CreateHttpHandler()) { BaseAddress = sandbox.Cluster.Url };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task VersionNeedsNoTokenAndReportsKubernetes132()
    {
        using var version = await GetJsonAsync("/version", token: null);

        version.RootElement.GetProperty("gitVersion").GetString().ShouldStartWith("v1.32.");
        version.RootElement.GetProperty("minor").GetString().ShouldBe("32");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token")]
    public async Task AnApiRequestWithoutTheTokenIsUnauthorized(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/namespaces");
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        using var response = await http.SendAsync(request, Ct);
        using var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        status.RootElement.GetProperty("reason").GetString().ShouldBe("Unauthorized");
        status.RootElement.GetProperty("code").GetInt32().ShouldBe(401);
    }

    [Fact]
    public async Task DiscoveryListsTheServedResources()
    {
        using var core = await GetJsonAsync("/api/v1");
        using var groups = await GetJsonAsync("/apis");
        using var networking = await GetJsonAsync("/apis/networking.k8s.io/v1");
        using var apps = await GetJsonAsync("/apis/apps/v1");

        Names(core).ShouldBe(["namespaces", "namespaces/finalize", "namespaces/status", "nodes", "nodes/status", "services", "services/status", "endpoints", "pods", "pods/status", "configmaps", "secrets", "events"]);
        groups.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ShouldBe(["apps", "networking.k8s.io", "discovery.k8s.io", "authorization.k8s.io", "events.k8s.io"]);
        Names(apps).ShouldBe(["deployments", "deployments/scale", "deployments/status", "statefulsets", "statefulsets/scale", "statefulsets/status", "daemonsets", "daemonsets/status", "replicasets", "replicasets/scale", "replicasets/status"]);
        Names(networking).ShouldBe(["ingresses", "ingresses/status", "ingressclasses"]);
    }

    [Theory]
    [InlineData("/openapi/v3/apis/batch/v1")]
    [InlineData("/apis/batch/v1/jobs")]
    public async Task UnservedPathsAreNotFoundStatuses(string path)
    {
        using var response = await SendAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("\"kind\":\"Status\"");
    }

    [Fact]
    public async Task ServerSidePrintingReturnsATableWithKubectlsColumns()
    {
        using var response = await SendAsync("/api/v1/nodes", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json");
        using var table = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        table.RootElement.GetProperty("kind").GetString().ShouldBe("Table");
        table.RootElement.GetProperty("columnDefinitions").EnumerateArray().Where(c => c.GetProperty("priority").GetInt32() == 0)
            .Select(c => c.GetProperty("name").GetString()).ShouldBe(["Name", "Status", "Roles", "Age", "Version"]);
        var firstRow = table.RootElement.GetProperty("rows")[0];
        firstRow.GetProperty("cells").EnumerateArray().Take(3).Select(c => c.GetString()).ShouldBe(["rke-custom-node-1", "Ready", "controlplane,etcd,worker"]);
        firstRow.GetProperty("object").GetProperty("kind").GetString().ShouldBe("PartialObjectMetadata");
    }

    [Fact]
    public async Task ListItemsCarryNoKindButTheListHasAResourceVersion()
    {
        using var list = await GetJsonAsync("/api/v1/namespaces");

        list.RootElement.GetProperty("kind").GetString().ShouldBe("NamespaceList");
        list.RootElement.GetProperty("metadata").GetProperty("resourceVersion").GetString().ShouldNotBeNullOrEmpty();
        list.RootElement.GetProperty("items").EnumerateArray().Count(item => item.TryGetProperty("kind", out var _)).ShouldBe(0);
    }

    public void Dispose() => http.Dispose();

    private static IEnumerable<string?> Names(JsonDocument resourceList) =>
        resourceList.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString());

    private async Task<JsonDocument> GetJsonAsync(string path, string? token = "default")
    {
        using var response = token is null ? await http.GetAsync(new Uri(path, UriKind.Relative), Ct) : await SendAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string accept = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token());
        return await http.SendAsync(request, Ct);
    }

    /// <summary>The token, read back from the kubeconfig the sandbox writes.</summary>
    private string Token() =>
        sandbox.Cluster.KubeconfigYaml("x").Split('\n').Single(line => line.TrimStart().StartsWith("token:", StringComparison.Ordinal)).Split('"')[1];
}
