using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using k8s;

namespace Dashboard.Web.Tests.Api;

/// <summary>One app with the gke, eks and rke-custom sandboxes, and a client of the test's own for each, shared by a test class.</summary>
public sealed class GatewayApiTestApp : IAsyncLifetime
{
    public static readonly string[] Profiles = ["gke", "eks", "rke-custom"];

    private readonly TempDirectory data = new();
    private readonly Dictionary<string, IKubernetes> clients = [];
    private DashboardAppFactory? factory;

    public HttpClient Client { get; private set; } = default!;

    internal DashboardAppFactory Factory => factory!;

    public async ValueTask InitializeAsync()
    {
        var settings = Profiles.Select((p, i) => (Key: $"Dashboard:Sandbox:Profiles:{i}", Value: (string?)p)).ToDictionary(s => s.Key, s => s.Value);
        factory = new DashboardAppFactory(data.Path, settings);
        Client = await factory.AdminClientAsync();
    }

    public async Task<Guid> ClusterIdAsync(string profile) =>
        (await Client.GetFromJsonAsync<Dashboard.Core.Clusters.ClusterSummary[]>("/api/v1/clusters", ApiTestApp.Json, TestContext.Current.CancellationToken))!
            .Single(c => c.SandboxProfile == profile).Id;

    /// <summary>A client on the kubeconfig the app wrote for its sandbox of <paramref name="profile"/>, as kubectl would use it.</summary>
    public IKubernetes KubeClient(string profile)
    {
        if (!clients.TryGetValue(profile, out var client))
        {
            var kubeconfig = File.ReadAllText(Path.Combine(data.Path, "sandbox", $"{profile}.kubeconfig"));
            clients[profile] = client = KubernetesClientFactory.Create(kubeconfig, null, LoopbackClusters.Policy());
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values)
            client.Dispose();
        Client.Dispose();
        if (factory is not null)
            await factory.DisposeAsync();
        data.Dispose();
    }

    /// <summary>Reads until <paramref name="done"/> holds: the caches follow the cluster within moments.</summary>
    public async Task<JsonElement> EventuallyAsync(string url, Func<JsonElement, bool> done)
    {
        var cancel = TestContext.Current.CancellationToken;
        return await Eventually.ReturnsAsync(() => Client.GetFromJsonAsync<JsonElement>(url, cancel), done, cancel);
    }
}
