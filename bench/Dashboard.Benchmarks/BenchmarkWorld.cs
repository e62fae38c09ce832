using Dashboard.Core.Providers;
using Dashboard.Core.Registration;
using Dashboard.Core.Security;
using Dashboard.Data;
using Dashboard.Kubernetes;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Sandbox;
using k8s;
using k8s.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Benchmarks;

/// <summary>Sandbox clusters on loopback, registered in a temp SQLite registry, behind the real service layer.</summary>
internal sealed class BenchmarkWorld : IAsyncDisposable
{
    private readonly string data = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"dashboard-bench-{Guid.NewGuid():N}")).FullName;

    public ServiceProvider Services { get; private set; } = default!;

    public List<(Guid Id, SandboxCluster Sandbox)> Clusters { get; } = [];

    /// <summary>The address policy the service layer uses, for the benchmark's own clients.</summary>
    public Dashboard.Kubernetes.Networks.ClusterAddressPolicy Policy => Services.GetRequiredService<Dashboard.Kubernetes.Networks.ClusterAddressPolicy>();

    public static async Task<BenchmarkWorld> CreateAsync()
    {
        var world = new BenchmarkWorld();
        world.Services = new ServiceCollection()
            .AddLogging()
            .AddDashboardData(DataPaths.DefaultConnectionString(world.data), Path.Combine(world.data, "keys"))
            .AddDashboardKubernetes()
            // Standalone sandboxes on 127.0.0.1: the documented way to manage them is to allow loopback.
            .Configure<Dashboard.Kubernetes.Networks.ClusterAddressOptions>(o => o.AllowedNetworks = ["127.0.0.0/8"])
            .BuildServiceProvider();
        await world.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return world;
    }

    /// <summary>Starts a sandbox, fills it with <paramref name="ingresses"/> ingresses (HTTP creates, a few in parallel) and registers it.</summary>
    public async Task<(Guid Id, SandboxCluster Sandbox)> AddClusterAsync(string name, int ingresses)
    {
        var sandbox = await SandboxCluster.StartAsync(new SandboxOptions());
        var kubeconfig = sandbox.KubeconfigYaml(name);
        using (var client = KubernetesClientFactory.Create(kubeconfig, name, Policy))
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, ingresses), new ParallelOptions { MaxDegreeOfParallelism = 8 },
                async (i, ct) => await client.NetworkingV1.CreateNamespacedIngressAsync(Ingress(i), "default", cancellationToken: ct));
        }

        await SettleAsync(sandbox);
        return await RegisterAsync(name, sandbox, ProviderKind.RkeCustom);
    }

    /// <summary>Registers a started sandbox (its caches start at the first read) and keeps it until the world is disposed.</summary>
    public async Task<(Guid Id, SandboxCluster Sandbox)> RegisterAsync(string name, SandboxCluster sandbox, ProviderKind provider)
    {
        var registration = Services.GetRequiredService<ClusterRegistrationService>();
        var cluster = await registration.RegisterAsync(
            new RegisterClusterDraft { Name = name, Kubeconfig = sandbox.KubeconfigYaml(name), Provider = provider }, Actor.System, CancellationToken.None);
        Clusters.Add((cluster.Id, sandbox));
        return (cluster.Id, sandbox);
    }

    /// <summary>
    /// Waits until the cluster's own controllers are done with what was just written (ingress status, the
    /// ingress controller's events), so the figures measure a cluster at rest, not its aftermath.
    /// </summary>
    public static async Task SettleAsync(SandboxCluster sandbox)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        var last = sandbox.Revision;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            var now = sandbox.Revision;
            if (now == last)
                return;
            last = now;
        }
    }

    public static V1Ingress Ingress(int i) => new()
    {
        Metadata = new V1ObjectMeta { Name = $"app-{i:D5}", Labels = new Dictionary<string, string> { ["team"] = $"team-{i % 20}" } },
        Spec = new V1IngressSpec
        {
            IngressClassName = "nginx",
            Rules =
            [
                new V1IngressRule
                {
                    Host = $"app-{i:D5}.example.com",
                    Http = new V1HTTPIngressRuleValue
                    {
                        Paths = [new V1HTTPIngressPath { Path = "/", PathType = "Prefix", Backend = new V1IngressBackend { Service = new V1IngressServiceBackend { Name = $"svc-{i}", Port = new V1ServiceBackendPort { Number = 80 } } } }],
                    },
                },
            ],
        },
    };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        foreach (var (_, sandbox) in Clusters)
            await sandbox.DisposeAsync();
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
