using System.Text;
using Dashboard.Tests.Shared;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Support;

/// <summary>
/// One sandbox per test class (rke-custom unless made for another profile), with a KubernetesClient,
/// a kubeconfig file and a kubectl cache directory of its own. Tests isolate themselves with fresh namespaces.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    private readonly string profile;
    private readonly TempDirectory directory = new("sandbox-tests");

    public SandboxFixture()
        : this("rke-custom")
    {
    }

    /// <summary>Internal: xunit wants a single public constructor on a fixture.</summary>
    internal SandboxFixture(string profile) => this.profile = profile;

    public SandboxCluster Cluster { get; private set; } = null!;

    public Kubernetes Client { get; private set; } = null!;

    public string KubeconfigPath => Path.Combine(directory.Path, "kubeconfig");

    /// <summary>kubectl caches discovery per server; a directory per sandbox port keeps runs apart.</summary>
    public string KubectlCacheDirectory => Path.Combine(directory.Path, "kubectl-cache");

    public async ValueTask InitializeAsync()
    {
        Cluster = await SandboxCluster.StartAsync(new SandboxOptions { Profile = profile, Port = 0 });
        Client = ClientFor(Cluster);
        await Cluster.WriteKubeconfigAsync(KubeconfigPath, "sandbox-tests");
    }

    public static Kubernetes ClientFor(SandboxCluster cluster)
    {
        using var yaml = new MemoryStream(Encoding.UTF8.GetBytes(cluster.KubeconfigYaml("sandbox")));
        return new Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(yaml));
    }

    /// <summary>A raw HTTP client that trusts the sandbox and sends its token, for what KubernetesClient has no call for.</summary>
    public HttpClient CreateHttpClient() => CreateHttpClient(Cluster);

    public static HttpClient CreateHttpClient(SandboxCluster cluster)
    {
        var http = new HttpClient(cluster.CreateHttpHandler()) { BaseAddress = cluster.Url };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TokenOf(cluster));
        return http;
    }

    /// <summary>The token, read back from the kubeconfig the sandbox writes.</summary>
    public static string TokenOf(SandboxCluster cluster) =>
        cluster.KubeconfigYaml("x").Split('\n').Single(line => line.TrimStart().StartsWith("token:", StringComparison.Ordinal)).Split('"')[1];

    /// <summary>A namespace no other test uses.</summary>
    public async Task<string> NewNamespaceAsync(CancellationToken cancellationToken)
    {
        var name = "test-" + Guid.NewGuid().ToString("N")[..10];
        await Client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = name } }, cancellationToken: cancellationToken);
        return name;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Cluster.DisposeAsync();
        directory.Dispose();
    }
}
