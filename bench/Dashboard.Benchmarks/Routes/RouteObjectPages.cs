using System.Diagnostics;
using Dashboard.Kubernetes.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Benchmarks.Routes;

/// <summary>Server-side time of the object pages' reads: a Gateway with the routes attached to it, and one HTTPRoute.</summary>
internal static class RouteObjectPages
{
    public static async Task RunAsync(BenchmarkWorld world, Guid[] ids, int perCluster)
    {
        var resources = world.Services.GetRequiredService<IClusterResources>();
        var gateway = new List<double>();
        var route = new List<double>();
        var attached = 0;
        var rounds = (1000 + ids.Length - 1) / ids.Length;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var id in ids)
            {
                var watch = Stopwatch.StartNew();
                var detail = await resources.GatewayAsync(id, "default", GatewayApiObjects.GatewayName(round % RouteClusters.Gateways), CancellationToken.None)
                    ?? throw new InvalidOperationException("The Gateway is not cached.");
                gateway.Add(watch.Elapsed.TotalMilliseconds);
                attached = detail.Routes.Count;

                watch.Restart();
                _ = await resources.HttpRouteAsync(id, "default", GatewayApiObjects.RouteName(round * 7 % perCluster), CancellationToken.None)
                    ?? throw new InvalidOperationException("The route is not cached.");
                route.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        RouteFirstPage.Report($"Gateway page read (the Gateway and its {attached} attached routes)", [.. gateway.Order()]);
        RouteFirstPage.Report("HTTPRoute page read (rules, parents, backends checked)", [.. route.Order()]);
    }
}
