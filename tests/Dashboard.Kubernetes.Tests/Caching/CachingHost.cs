using Dashboard.Core.Providers;
using Dashboard.Core.Registration;
using Dashboard.Core.Security;
using Dashboard.Data;
using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Tests.Clusters;
using Dashboard.Sandbox;
using Dashboard.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using k8s;

namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>
/// The service layer wired as the app wires it (SQLite registry, AddDashboardKubernetes), with sandbox clusters
/// registered through the registration service, and retry delays shortened so outages heal within a test.
/// </summary>
public sealed class CachingHost : IAsyncDisposable
{
    public static readonly Actor Admin = new("u-admin", "alice", Roles.Admin);

    private readonly TempDirectory data = new();
    private readonly List<SandboxCluster> sandboxes = [];
    private readonly List<IKubernetes> clients = [];
    private ServiceProvider services = default!;

    private CachingHost()
    {
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public IServiceProvider Services => services;

    public IClusterResources Resources => services.GetRequiredService<IClusterResources>();

    public WatchCacheRegistry Caches => services.GetRequiredService<WatchCacheRegistry>();

    /// <param name="configure">Settings of the test's own, applied after the host's (the annotation policy's allowed prefixes, say).</param>
    public static async Task<CachingHost> StartAsync(TimeSpan? idleTimeout = null, Action<IServiceCollection>? configure = null)
    {
        var host = new CachingHost();
        var collection = new ServiceCollection()
            .AddLogging()
            .AddDashboardData(DataPaths.DefaultConnectionString(host.data.Path), Path.Combine(host.data.Path, "keys"))
            .AddDashboardKubernetes()
            .AllowLoopbackClusters()
            .Configure<CacheOptions>(o =>
            {
                o.IdleTimeout = idleTimeout ?? TimeSpan.FromMinutes(5);
                o.RetryInitialDelay = TimeSpan.FromMilliseconds(100);
                o.RetryMaxDelay = TimeSpan.FromMilliseconds(800);
            })
            .Configure<Dashboard.Kubernetes.Hostnames.HostnameOptions>(o => o.ReconcileSweep = TimeSpan.FromMilliseconds(200));
        configure?.Invoke(collection);
        host.services = collection.BuildServiceProvider();
        await host.services.GetRequiredService<DatabaseMigrator>().MigrateAsync(Cancel);
        return host;
    }

    /// <summary>Starts a sandbox of <paramref name="profile"/> (stopped with the host) and registers it.</summary>
    public async Task<(Guid Id, SandboxCluster Sandbox)> AddClusterAsync(string name, string profile = "rke-custom")
    {
        var sandbox = await SandboxCluster.StartAsync(new SandboxOptions { Profile = profile }, Cancel);
        sandboxes.Add(sandbox);
        return (await RegisterAsync(name, sandbox), sandbox);
    }

    public Task<Guid> RegisterAsync(string name, SandboxCluster sandbox) => RegisterAsync(name, sandbox.KubeconfigYaml("ctx"));

    public async Task<Guid> RegisterAsync(string name, string kubeconfig)
    {
        var cluster = await services.GetRequiredService<ClusterRegistrationService>().RegisterAsync(
            // Tests register one sandbox under several names on purpose, some through a plain-HTTP proxy on loopback.
            new RegisterClusterDraft
            {
                Name = name, Kubeconfig = kubeconfig, Provider = ProviderKind.RkeCustom, AllowDuplicateServer = true, AcceptInsecureConnection = true,
            }, Admin, Cancel);
        return cluster.Id;
    }

    /// <summary>A client of its own (not the cache's) for changing a sandbox behind the cache's back.</summary>
    public IKubernetes ClientFor(SandboxCluster sandbox)
    {
        var client = KubernetesClientFactory.Create(sandbox.KubeconfigYaml("ctx"), "ctx", LoopbackClusters.Policy());
        clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        foreach (var client in clients)
            client.Dispose();
        foreach (var sandbox in sandboxes)
            await sandbox.DisposeAsync();
        data.Dispose();
    }
}
