using Dashboard.Kubernetes.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Benchmarks.Routes;

/// <summary>
/// The hostname reconciliation over the filled route world: what the app's hostname reconcilers send while
/// nothing changes.
/// </summary>
internal static class RouteHostnameReconciliation
{
    public static async Task RunAsync(BenchmarkWorld world, Guid[] ids)
    {
        var resources = world.Services.GetRequiredService<IClusterResources>();
        var reconcilers = world.Services.GetServices<IHostedService>()
            .Where(s => s.GetType().Namespace == "Dashboard.Kubernetes.Hostnames").ToArray();
        foreach (var reconciler in reconcilers)
            await reconciler.StartAsync(CancellationToken.None);
        // Every cache warm and the reconcilers' first passes done before counting.
        foreach (var id in world.Clusters.Select(c => c.Id))
            await resources.HttpRoutesAsync(id, new ResourceQuery(Take: 1), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await MeasureIdleRequestsAsync(world, reconcilers.Length);
        foreach (var reconciler in reconcilers)
            await reconciler.StopAsync(CancellationToken.None);
        _ = ids;
    }

    /// <summary>API-server requests in 10 s with the reconcilers running and nothing changing.</summary>
    private static async Task MeasureIdleRequestsAsync(BenchmarkWorld world, int reconcilers)
    {
        var before = world.Clusters.Sum(c => c.Sandbox.RequestCount);
        await Task.Delay(TimeSpan.FromSeconds(10));
        var after = world.Clusters.Sum(c => c.Sandbox.RequestCount);
        Console.WriteLine($"Hostname reconcilers ({reconcilers}) idle over {world.Clusters.Count} clusters: {after - before} API requests in 10 s");
    }
}
