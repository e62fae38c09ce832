using Dashboard.Kubernetes.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Benchmarks.Routes;

/// <summary>API-server requests for one view of the HTTP routes list (namespaces + first page), cold and warm.</summary>
internal static class RouteRequestsPerView
{
    public static async Task RunAsync(BenchmarkWorld world)
    {
        var (id, sandbox) = await RouteClusters.AddAsync(world, "route-views", 200);
        var resources = world.Services.GetRequiredService<IClusterResources>();
        var before = sandbox.RequestCount;

        var first = await ViewAsync(resources, id);
        var cold = sandbox.RequestCount - before;
        var warmStart = sandbox.RequestCount;
        for (var view = 0; view < 100; view++)
            await ViewAsync(resources, id);
        var warm = (sandbox.RequestCount - warmStart) / 100.0;

        if (first != 25)
            throw new InvalidOperationException($"The first page held {first} routes, not 25: the view measured nothing.");
        Console.WriteLine($"Requests per routes view: cold {cold} (the LISTs and WATCHes that start the caches), warm {warm:0.##} over 100 views");
    }

    private static async Task<int> ViewAsync(IClusterResources resources, Guid id)
    {
        await resources.NamespacesAsync(id, CancellationToken.None);
        var page = await resources.HttpRoutesAsync(id, new ResourceQuery(Take: 25), CancellationToken.None);
        return page.Items.Count;
    }
}
