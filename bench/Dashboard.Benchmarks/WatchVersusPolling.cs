using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Resources;
using Microsoft.Extensions.DependencyInjection;
using k8s;

namespace Dashboard.Benchmarks;

/// <summary>
/// Requests and bytes per minute for one open ingress list (a warm watch cache, one change every 5 s), against
/// what a polling dashboard does: a full LIST every 10 s, on the same 2,000-ingress sandbox.
/// </summary>
internal static class WatchVersusPolling
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(BenchmarkWorld world)
    {
        var (id, sandbox) = await world.AddClusterAsync("watch-vs-poll", 2000);
        var resources = world.Services.GetRequiredService<IClusterResources>();
        await resources.IngressesAsync(id, new ResourceQuery(Take: 25), CancellationToken.None);
        using var writer = KubernetesClientFactory.Create(sandbox.KubeconfigYaml("writer"), "writer", world.Policy);

        var (requests, bytes) = await MeasureAsync(sandbox, async (elapsed, i) =>
        {
            if (i % 5 == 0) // a change every 5 s, seen through the watch
                await writer.NetworkingV1.CreateNamespacedIngressAsync(BenchmarkWorld.Ingress(100_000 + i), "default");
            await resources.IngressesAsync(id, new ResourceQuery(Take: 25), CancellationToken.None);
        }, countWrites: i => i % 5 == 0);
        Console.WriteLine($"Open ingress list (watch): {requests:0.#} requests/min, {bytes / 1024.0:0.#} KiB/min (watch events and the 6 create responses of the changes)");

        // The cache's watches are closed first, so the polling figure is the poller's traffic alone.
        await world.Services.GetRequiredService<Dashboard.Kubernetes.Caching.WatchCacheRegistry>().StopAsync(id, CancellationToken.None);
        using var poller = KubernetesClientFactory.Create(sandbox.KubeconfigYaml("poller"), "poller", world.Policy);
        var (pollRequests, pollBytes) = await MeasureAsync(sandbox, async (elapsed, i) =>
        {
            if (i % 10 == 0)
                await poller.NetworkingV1.ListIngressForAllNamespacesAsync();
        }, countWrites: _ => false);
        Console.WriteLine($"10-second polling (full LIST): {pollRequests:0.#} requests/min, {pollBytes / 1024.0:0.#} KiB/min");
    }

    /// <summary>Runs <paramref name="tick"/> once a second for the window; requests and bytes the sandbox served, per minute, writes excluded.</summary>
    private static async Task<(double Requests, double Bytes)> MeasureAsync(Dashboard.Sandbox.SandboxCluster sandbox, Func<TimeSpan, int, Task> tick, Func<int, bool> countWrites)
    {
        var requests = sandbox.RequestCount;
        var bytes = sandbox.ResponseBytes;
        var writes = 0;
        var started = DateTime.UtcNow;
        for (var i = 0; DateTime.UtcNow - started < Window; i++)
        {
            await tick(DateTime.UtcNow - started, i);
            if (countWrites(i))
                writes++;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        var perMinute = TimeSpan.FromMinutes(1) / Window;
        return ((sandbox.RequestCount - requests - writes) * perMinute, (sandbox.ResponseBytes - bytes) * perMinute);
    }
}
