using System.Diagnostics;
using Dashboard.Kubernetes.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Benchmarks;

/// <summary>
/// Server-side time to produce the first page of ingresses (25 rows) with every cluster's ingresses cached,
/// with and without a search filter, and the caches' memory per 10,000 objects.
/// </summary>
internal static class FirstPageLatency
{
    public static async Task RunAsync(BenchmarkWorld world, int clusters, int perCluster)
    {
        var fill = Stopwatch.StartNew();
        for (var i = 0; i < clusters; i++)
            await world.AddClusterAsync($"cluster-{i:D2}", perCluster);
        Console.WriteLine($"Filled {clusters} sandbox clusters in {fill.Elapsed.TotalSeconds:0} s");

        var resources = world.Services.GetRequiredService<IClusterResources>();
        var ids = world.Clusters.Skip(1).Select(c => c.Id).ToArray(); // the first cluster belongs to the page-view figure
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var warm = Stopwatch.StartNew();
        foreach (var id in ids)
            await resources.IngressesAsync(id, new ResourceQuery(Take: 1), CancellationToken.None);
        Console.WriteLine($"Warmed {ids.Length} caches ({ids.Length * perCluster:N0} ingresses) in {warm.Elapsed.TotalSeconds:0.0} s");
        var cached = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        // Each sandbox cluster also caches its 3 nodes, namespaces, services, endpoints, classes and config maps.
        Console.WriteLine($"Cache memory: {cached / 1024.0 / 1024.0:0.0} MiB for {ids.Length * perCluster:N0} ingresses = {cached / 1024.0 / 1024.0 / (ids.Length * perCluster / 10_000.0):0.00} MiB per 10,000 objects");

        Report("First page of ingresses", await MeasureAsync(resources, ids, null));
        Report("First page with a search filter ('app-01')", await MeasureAsync(resources, ids, "app-01"));
    }

    private static async Task<double[]> MeasureAsync(IClusterResources resources, Guid[] ids, string? search)
    {
        var samples = new List<double>();
        for (var round = 0; round < 20; round++)
        {
            foreach (var id in ids)
            {
                var watch = Stopwatch.StartNew();
                var page = await resources.IngressesAsync(id, new ResourceQuery(Search: search, Take: 25), CancellationToken.None);
                samples.Add(watch.Elapsed.TotalMilliseconds);
                if (page.Items.Count == 0)
                    throw new InvalidOperationException("An empty first page measures nothing.");
            }
        }
        return [.. samples.Order()];
    }

    private static void Report(string what, double[] sorted) =>
        Console.WriteLine($"{what}: median {sorted[sorted.Length / 2]:0.000} ms, p95 {sorted[(int)(sorted.Length * 0.95)]:0.000} ms, max {sorted[^1]:0.000} ms ({sorted.Length} samples)");
}
