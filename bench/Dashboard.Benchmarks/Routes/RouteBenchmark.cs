using System.Diagnostics;
using System.Globalization;

namespace Dashboard.Benchmarks.Routes;

/// <summary>
/// <c>routes [clusters] [routes per cluster]</c>: the Gateway API figures beside the ingress ones (docs/performance.md),
/// over GKE sandbox clusters each with <see cref="RouteClusters.Gateways"/> Gateways and one Service per
/// <see cref="RouteClusters.RoutesPerService"/> HTTPRoutes.
/// </summary>
internal static class RouteBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var clusters = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var perCluster = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        Console.WriteLine($"Route benchmarks: {clusters} gke clusters x {perCluster} HTTPRoutes = {clusters * perCluster:N0} HTTPRoutes " +
            $"({RouteClusters.Gateways} Gateways and {RouteClusters.ServicesFor(perCluster)} Services per cluster)");

        var total = Stopwatch.StartNew();
        await using var world = await BenchmarkWorld.CreateAsync();
        await RouteRequestsPerView.RunAsync(world);
        var ids = await RouteFirstPage.FillAsync(world, clusters, perCluster);
        await RouteFirstPage.RunAsync(world, ids, perCluster);
        await RouteObjectPages.RunAsync(world, ids, perCluster);
        await RouteHostnameReconciliation.RunAsync(world, ids);
        Console.WriteLine($"Route benchmarks done in {total.Elapsed.TotalSeconds:0} s");
    }
}
