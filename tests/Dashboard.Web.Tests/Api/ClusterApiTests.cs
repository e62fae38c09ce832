using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;

namespace Dashboard.Web.Tests.Api;

public class ClusterApiTests(ApiTestApp app) : IClassFixture<ApiTestApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheSandboxClusterIsRegisteredOnFirstStart()
    {
        var clusters = await app.Client.GetFromJsonAsync<ClusterSummary[]>("/api/v1/clusters", ApiTestApp.Json, Cancel);

        var sandbox = clusters!.Where(c => c.SandboxProfile == "rke-custom").ShouldHaveSingleItem();
        sandbox.Name.ShouldBe("sandbox-rke-custom");
        sandbox.Provider.ShouldBe(ProviderKind.RkeCustom);
        sandbox.Status.ShouldBe(ClusterStatus.Reachable);
        sandbox.NodeCount.ShouldBe(3);
        File.Exists(Path.Combine(app.DataDirectory, "sandbox", "rke-custom.kubeconfig")).ShouldBeTrue();
        File.Exists(Path.Combine(app.DataDirectory, "dashboard.db")).ShouldBeTrue();
    }

    [Fact]
    public async Task RegisteringAReachableClusterStoresItWithVersionAndNodes()
    {
        var response = await app.RegisterAsync(new { name = "api-reachable", kubeconfig = app.OtherKubeconfig(), provider = "AmazonEks" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<ClusterSummary>(ApiTestApp.Json, Cancel))!;
        created.Status.ShouldBe(ClusterStatus.Reachable);
        created.NodeCount.ShouldBe(3);
        created.KubernetesVersion.ShouldStartWith("v1.");
        created.Provider.ShouldBe(ProviderKind.AmazonEks);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/clusters/{created.Id}");

        var fetched = await app.Client.GetFromJsonAsync<ClusterSummary>($"/api/v1/clusters/{created.Id}", ApiTestApp.Json, Cancel);
        fetched!.Name.ShouldBe("api-reachable");
    }

    [Fact]
    public async Task ResponsesNeverContainTheKubeconfigOrItsToken()
    {
        var kubeconfig = app.OtherKubeconfig();
        var token = kubeconfig.Split('\n').Single(l => l.TrimStart().StartsWith("token:", StringComparison.Ordinal)).Split(':', 2)[1].Trim();
        (await app.RegisterAsync(new { name = "api-secret-check", kubeconfig })).EnsureSuccessStatusCode();

        var list = await app.Client.GetStringAsync("/api/v1/clusters", Cancel);

        token.Length.ShouldBeGreaterThan(10);
        list.ShouldNotContain(token);
        list.ShouldNotContain("kubeconfig", Case.Insensitive);
    }

    [Fact]
    public async Task ADuplicateNameIsAConflictWithAMessage()
    {
        (await app.RegisterAsync(new { name = "api-dup", kubeconfig = app.OtherKubeconfig() })).EnsureSuccessStatusCode();

        var response = await app.RegisterAsync(new { name = "API-DUP", kubeconfig = app.OtherKubeconfig() });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemDetailAsync(response)).ShouldContain("already registered");
    }

    [Fact]
    public async Task AHostileKubeconfigIsRefusedNamingTheFieldAndNothingIsStored()
    {
        var hostile = app.OtherKubeconfig().Replace("token:", "exec:\n      command: /bin/sh\n    ignored:", StringComparison.Ordinal);

        var response = await app.RegisterAsync(new { name = "api-hostile", kubeconfig = hostile });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("'exec'");
        problem.GetProperty("field").GetString().ShouldNotBeNull().ShouldEndWith(".user.exec");
        (await app.Client.GetStringAsync("/api/v1/clusters", Cancel)).ShouldNotContain("api-hostile");
    }

    [Fact]
    public async Task AnInvalidNameIsAValidationProblemOnTheNameField()
    {
        var response = await app.RegisterAsync(new { name = "no spaces please", kubeconfig = app.OtherKubeconfig() });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        problem.GetProperty("errors").GetProperty("name")[0].GetString().ShouldNotBeNull().ShouldContain("letters, digits");
    }

    [Fact]
    public async Task AnUnreachableClusterIsRefusedUnlessTheCallerSaysSaveAnyway()
    {
        var unreachable = UnreachableKubeconfig();

        var refused = await app.RegisterAsync(new { name = "api-down", kubeconfig = unreachable, acceptInsecureConnection = true });
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ProblemDetailAsync(refused)).ShouldContain("connection refused");

        var saved = await app.RegisterAsync(new { name = "api-down", kubeconfig = unreachable, saveIfUnreachable = true, acceptInsecureConnection = true });
        saved.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await saved.Content.ReadFromJsonAsync<ClusterSummary>(ApiTestApp.Json, Cancel))!.Status.ShouldBe(ClusterStatus.Unreachable);
    }

    [Fact]
    public async Task EditingRenamesAndChangesTheKindAndDeletingForgetsTheCluster()
    {
        var created = await (await app.RegisterAsync(new { name = "api-edit", kubeconfig = app.OtherKubeconfig() }))
            .Content.ReadFromJsonAsync<ClusterSummary>(ApiTestApp.Json, Cancel);

        var put = await app.Client.PutAsJsonAsync($"/api/v1/clusters/{created!.Id}", new { name = "api-edited", provider = "MetalLb" }, ApiTestApp.Json, Cancel);
        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        var edited = await put.Content.ReadFromJsonAsync<ClusterSummary>(ApiTestApp.Json, Cancel);
        edited!.Name.ShouldBe("api-edited");
        edited.Provider.ShouldBe(ProviderKind.MetalLb);

        (await app.Client.DeleteAsync($"/api/v1/clusters/{created.Id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var gone = await app.Client.GetAsync($"/api/v1/clusters/{created.Id}", Cancel);
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemDetailAsync(gone)).ShouldContain("No cluster with id");
        (await app.Client.DeleteAsync($"/api/v1/clusters/{created.Id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PatchReplacesTheKubeconfigAfterItsConnectionTestAndKeepsTheRest()
    {
        var created = await (await app.RegisterAsync(new { name = "api-rotate", kubeconfig = app.OtherKubeconfig(), provider = "GoogleGke" }))
            .Content.ReadFromJsonAsync<ClusterSummary>(ApiTestApp.Json, Cancel);

        var patch = await app.Client.PatchAsJsonAsync($"/api/v1/clusters/{created!.Id}", new { kubeconfig = app.OtherKubeconfig("rotated"), allowDuplicateServer = true }, ApiTestApp.Json, Cancel);

        patch.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await patch.Content.ReadAsStringAsync(Cancel);
        body.ShouldNotContain("token", Case.Insensitive);
        var edited = System.Text.Json.JsonSerializer.Deserialize<ClusterSummary>(body, ApiTestApp.Json)!;
        edited.ContextName.ShouldBe("rotated");
        edited.Name.ShouldBe("api-rotate");
        edited.Provider.ShouldBe(ProviderKind.GoogleGke);
    }

    [Fact]
    public async Task AReplacementKubeconfigThatCannotConnectIsRefusedAndTheClusterKeepsItsCredentials()
    {
        var created = await (await app.RegisterAsync(new { name = "api-rotate-down", kubeconfig = app.OtherKubeconfig("kept") }))
            .Content.ReadFromJsonAsync<ClusterSummary>(ApiTestApp.Json, Cancel);

        var put = await app.Client.PutAsJsonAsync($"/api/v1/clusters/{created!.Id}", new { name = "api-rotate-down", kubeconfig = UnreachableKubeconfig(), acceptInsecureConnection = true }, ApiTestApp.Json, Cancel);

        put.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ProblemDetailAsync(put)).ShouldContain("keeps its current credentials");
        var fetched = await app.Client.GetFromJsonAsync<ClusterSummary>($"/api/v1/clusters/{created.Id}", ApiTestApp.Json, Cancel);
        fetched!.ContextName.ShouldBe("kept");
        fetched.ServerUrl.ShouldBe(created.ServerUrl);
    }

    [Fact]
    public async Task RegisteringAnApiServerThatIsAlreadyRegisteredIsAConflictUntilTheCallerAllowsIt()
    {
        var sandboxKubeconfig = await File.ReadAllTextAsync(Path.Combine(app.DataDirectory, "sandbox", "rke-custom.kubeconfig"), Cancel);

        var refused = await app.RegisterAsync(new { name = "api-same-server", kubeconfig = sandboxKubeconfig, allowDuplicateServer = false });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemDetailAsync(refused)).ShouldContain("already registered as 'sandbox-rke-custom'");
        (await app.Client.GetStringAsync("/api/v1/clusters", Cancel)).ShouldNotContain("api-same-server");
        (await app.RegisterAsync(new { name = "api-same-server", kubeconfig = sandboxKubeconfig, allowDuplicateServer = true }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheClusterRoutes()
    {
        var document = await app.Client.GetStringAsync("/openapi/v1.json", Cancel);

        document.ShouldContain("\"/api/v1/clusters\"");
        document.ShouldContain("\"/api/v1/clusters/{id}\"");
    }

    [Fact]
    public async Task HealthzAnswers()
    {
        var response = await app.Client.GetAsync("/healthz", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldBe("Healthy");
    }

    /// <summary>A kubeconfig for a loopback port nobody listens on: refused at once, and never leaves the machine.</summary>
    /// <summary>Plain http:// to a closed port on loopback (so the drafts accept the insecure connection).</summary>
    private static string UnreachableKubeconfig()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"""
            apiVersion: v1
            kind: Config
            current-context: down
            clusters:
            - name: down
              cluster:
                server: http://127.0.0.1:{port}
            users:
            - name: down
              user:
                token: t
            contexts:
            - name: down
              context:
                cluster: down
                user: down
            """;
    }

    private static async Task<string> ProblemDetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString() ?? "";
}
