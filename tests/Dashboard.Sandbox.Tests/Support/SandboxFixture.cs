using System.Text;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Support;

/// <summary>
/// One rke-custom sandbox per test class, with a KubernetesClient, a kubeconfig file and a kubectl
/// cache directory of its own. Tests isolate themselves with fresh namespaces.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "sandbox-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public SandboxCluster Cluster { get; private set; } = null!;

    public Kubernetes Client { get; private set; } = null!;

    public string KubeconfigPath => Path.Combine(directory, "kubeconfig");

    /// <summary>kubectl caches discovery per server; a directory per sandbox port keeps runs apart.</summary>
    public string KubectlCacheDirectory => Path.Combine(directory, "kubectl-cache");

    public async ValueTask InitializeAsync()
    {
        Cluster = await SandboxCluster.StartAsync(new SandboxOptions { Port = 0 });
        Client = ClientFor(Cluster);
        await Cluster.WriteKubeconfigAsync(KubeconfigPath, "sandbox-tests");
    }

    public static Kubernetes ClientFor(SandboxCluster cluster)
    {
        using var yaml = new MemoryStream(Encoding.UTF8.GetBytes(cluster.KubeconfigYaml("sandbox")));
        return new Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(yaml));
    }

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
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
