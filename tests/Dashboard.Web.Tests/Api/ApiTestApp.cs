using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Sandbox;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;

namespace Dashboard.Web.Tests.Api;

/// <summary>One app (with its default sandbox) and one separately started sandbox to register, shared by a test class.</summary>
public sealed class ApiTestApp : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly TempDirectory data = new();
    private DashboardAppFactory? factory;

    public SandboxCluster OtherCluster { get; private set; } = default!;

    public HttpClient Client { get; private set; } = default!;

    public string DataDirectory => data.Path;

    public IServiceProvider Services => factory!.Services;

    internal DashboardAppFactory Factory => factory!;

    public async ValueTask InitializeAsync()
    {
        OtherCluster = await SandboxCluster.StartAsync(new SandboxOptions { Profile = "rke-custom" });
        factory = new DashboardAppFactory(data.Path);
        Client = await factory.AdminClientAsync();
    }

    /// <summary>The id of the app's own rke-custom sandbox, as the API lists it.</summary>
    public async Task<Guid> SandboxIdAsync() =>
        (await Client.GetFromJsonAsync<Dashboard.Core.Clusters.ClusterSummary[]>("/api/v1/clusters", Json, TestContext.Current.CancellationToken))!
            .Single(c => c.SandboxProfile == "rke-custom").Id;

    public string OtherKubeconfig(string context = "other") => OtherCluster.KubeconfigYaml(context);

    /// <summary>
    /// Registers through the API. The tests register the one other sandbox under many names, so the body allows a
    /// duplicate API server unless it says otherwise.
    /// </summary>
    public async Task<HttpResponseMessage> RegisterAsync(object body)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(body, Json))!.AsObject();
        json.TryAdd("allowDuplicateServer", true);
        return await Client.PostAsJsonAsync("/api/v1/clusters", json, Json, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (factory is not null)
            await factory.DisposeAsync();
        await OtherCluster.DisposeAsync();
        data.Dispose();
    }
}
