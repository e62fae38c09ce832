using System.Diagnostics;
using Dashboard.Kubernetes.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Benchmarks.Routes;

/// <summary>
/// Server-side time to the first page of HTTPRoutes (25 rows) with every cluster's routes cached, with and
/// without a search filter, and the caches' memory per 10,000 objects.
/// </summary>
internal static class RouteFirstPage
{
    /// <summary>Matches 100 of a cluster's 1,000 routes (route-00500 … route-00599), by name and by host.</summary>
    public const string Search = "route-005";

    public static async Task<Guid[]> FillAsync(BenchmarkWorld world, int clusters, int perCluster)
    {
        var fill = Stopwatch.StartNew();
        var ids = new List<Guid>();
        for (var i = 0; i < clusters; i++)
            ids.Add((await RouteClusters.AddAsync(world, $"routes-{i:D2}", perCluster)).Id);
        Console.WriteLine($"Filled {clusters} gke sandbox clusters ({clusters * perCluster:N0} HTTPRoute creates, " +
            $"{clusters * (RouteClusters.ServicesFor(perCluster) + RouteClusters.Gateways)} Services and Gateways) and waited until at rest in {fill.Elapsed.TotalSeconds:0.0} s " +
            $"(creates {RouteClusters.Creating.TotalSeconds:0.0} s, until at rest after them {RouteClusters.Settling.TotalSeconds:0.0} s, the route-views cluster included)");
        return [.. ids];
    }

    public static async Task RunAsync(BenchmarkWorld world, Guid[] ids, int perCluster)
    {
        var resources = world.Services.GetRequiredService<IClusterResources>();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var warm = Stopwatch.StartNew();
        foreach (var id in ids)
            await resources.HttpRoutesAsync(id, new ResourceQuery(Take: 1), CancellationToken.None);
        Console.WriteLine($"Warmed {ids.Length} caches ({ids.Length * perCluster:N0} HTTPRoutes) in {warm.Elapsed.TotalSeconds:0.0} s");
        var cached = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        var routes = 0;
        var gateways = 0;
        foreach (var id in ids)
        {
            routes += (await resources.HttpRoutesAsync(id, new ResourceQuery(Take: 0), CancellationToken.None)).Total;
            gateways += (await resources.GatewaysAsync(id, new ResourceQuery(Take: 0), CancellationToken.None)).Total;
        }
        var first = await resources.HttpRoutesAsync(ids[0], new ResourceQuery(Take: 1), CancellationToken.None);
        var accepted = 0;
        foreach (var id in ids)
            accepted += (await resources.HttpRoutesAsync(id, new ResourceQuery(Take: 500), CancellationToken.None)).Items.Count(r => r.Accepted == true);
        var gatewayPage = await resources.GatewaysAsync(ids[0], new ResourceQuery(Take: 10), CancellationToken.None);
        Console.WriteLine($"Gateway addresses in the first cluster: {string.Join("; ", gatewayPage.Items.Select(g => $"{g.Name} [{string.Join(",", g.Addresses.Select(a => a.Value))}]"))}");
        Console.WriteLine($"Accepted routes (of each cluster's first 500): {accepted} of {ids.Length * Math.Min(500, perCluster)}; " +
            $"first route's parents: {string.Join("; ", first.Items[0].Parents.Select(p => $"{p.GatewayName} {p.Controller ?? "no status"} accepted={p.Accepted} {string.Join(",", p.Conditions.Select(c => $"{c.Type}={c.Status}/{c.Reason}"))}"))}");
        if (routes != ids.Length * perCluster)
            throw new InvalidOperationException($"{routes} routes cached, {ids.Length * perCluster} written.");
        // Each cluster also caches its nodes, namespaces, Services, their EndpointSlices and events, and its classes:
        // a cluster with all of that and no route says what the routes themselves cost.
        var mib = cached / 1024.0 / 1024.0;
        var withoutRoutes = await ClusterWithoutRoutesAsync(world, resources, perCluster) / 1024.0 / 1024.0;
        var routesOnly = mib - withoutRoutes * ids.Length;
        Console.WriteLine($"Cache memory: {mib:0.0} MiB for {routes:N0} HTTPRoutes, {gateways} Gateways and what else the clusters hold = {mib / (routes / 10_000.0):0.00} MiB per 10,000 routes; " +
            $"a cluster without routes {withoutRoutes:0.00} MiB, so the routes alone {routesOnly:0.0} MiB = {routesOnly / (routes / 10_000.0):0.00} MiB per 10,000");

        Report("First page of HTTPRoutes", await MeasureAsync(resources, ids, null));
        Report($"First page of HTTPRoutes with a search filter ('{Search}')", await MeasureAsync(resources, ids, Search));
    }

    /// <summary>The warm cache of a cluster with the same Gateways and Services and no routes, in bytes.</summary>
    private static async Task<long> ClusterWithoutRoutesAsync(BenchmarkWorld world, IClusterResources resources, int perCluster)
    {
        var (id, _) = await RouteClusters.AddAsync(world, "no-routes", 0, RouteClusters.ServicesFor(perCluster));
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        await resources.HttpRoutesAsync(id, new ResourceQuery(Take: 1), CancellationToken.None);
        return GC.GetTotalMemory(forceFullCollection: true) - baseline;
    }

    private static async Task<double[]> MeasureAsync(IClusterResources resources, Guid[] ids, string? search)
    {
        var samples = new List<double>();
        var rounds = (1000 + ids.Length - 1) / ids.Length;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var id in ids)
            {
                var watch = Stopwatch.StartNew();
                var page = await resources.HttpRoutesAsync(id, new ResourceQuery(Search: search, Take: 25), CancellationToken.None);
                samples.Add(watch.Elapsed.TotalMilliseconds);
                if (page.Items.Count != 25)
                    throw new InvalidOperationException($"A first page of {page.Items.Count} routes measures nothing.");
            }
        }
        return [.. samples.Order()];
    }

    public static void Report(string what, double[] sorted) =>
        Console.WriteLine($"{what}: median {sorted[sorted.Length / 2]:0.000} ms, p95 {sorted[(int)(sorted.Length * 0.95)]:0.000} ms, max {sorted[^1]:0.000} ms ({sorted.Length} samples)");
}
