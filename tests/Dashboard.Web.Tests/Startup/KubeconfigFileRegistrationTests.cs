using System.Net.Http.Json;
using Dashboard.Core.Clusters;
using Dashboard.Sandbox;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Dashboard.Web.Tests.Api;

namespace Dashboard.Web.Tests.Startup;

/// <summary>The docker-compose path: k3s writes a kubeconfig to a shared volume and the dashboard registers it.</summary>
public class KubeconfigFileRegistrationTests
{
    [Fact]
    public async Task AKubeconfigFileThatAppearsAfterStartIsRegisteredWithTheConfiguredServer()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var data = new TempDirectory();
        await using var k3s = await SandboxCluster.StartAsync(new SandboxOptions(), cancel);
        var file = Path.Combine(data.Path, "shared", "kubeconfig.yaml");
        await using var app = new DashboardAppFactory(data.Path, new Dictionary<string, string?>
        {
            ["Dashboard:Sandbox:Profiles:0"] = "",
            ["Dashboard:AutoRegister:Kubeconfig"] = file,
            ["Dashboard:AutoRegister:Name"] = "k3s",
            ["Dashboard:AutoRegister:Server"] = k3s.Url.ToString(),
        });
        using var client = await app.AdminClientAsync();
        (await client.GetFromJsonAsync<ClusterSummary[]>("/api/v1/clusters", ApiTestApp.Json, cancel))!.ShouldBeEmpty();

        // As k3s does: the file appears later, with a server address that is only right inside its own container.
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, k3s.KubeconfigYaml("default").Replace(k3s.Url.ToString().TrimEnd('/'), "https://127.0.0.1:6443", StringComparison.Ordinal), cancel);

        var clusters = await Eventually.ReturnsAsync(
            () => client.GetFromJsonAsync<ClusterSummary[]>("/api/v1/clusters", ApiTestApp.Json, cancel), found => found!.Any(c => c.Name == "k3s"), cancel, timeoutMs: 10_000);
        var registered = clusters!.SingleOrDefault(c => c.Name == "k3s").ShouldNotBeNull("the kubeconfig file was not registered within 10 s");
        registered.Status.ShouldBe(ClusterStatus.Reachable);
        registered.NodeCount.ShouldBe(3);
        registered.ServerUrl.TrimEnd('/').ShouldBe(k3s.Url.ToString().TrimEnd('/'));
    }
}
