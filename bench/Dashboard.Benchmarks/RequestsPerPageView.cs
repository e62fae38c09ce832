using Dashboard.Kubernetes.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Benchmarks;

/// <summary>API-server requests for one view of the ingress list (namespaces + first page), cold and warm.</summary>
internal static class RequestsPerPageView
{
    public static async Task RunAsync(BenchmarkWorld world)
    {
        var (id, sandbox) = await world.AddClusterAsync("page-views", 200);
        var resources = world.Services.GetRequiredService<IClusterResources>();
        var before = sandbox.RequestCount;

        await ViewAsync(resources, id);
        var cold = sandbox.RequestCount - before;
        var warmStart = sandbox.RequestCount;
        for (var view = 0; view < 100; view++)
            await ViewAsync(resources, id);
        var warm = (sandbox.RequestCount - warmStart) / 100.0;

        Console.WriteLine($"Requests per page view: cold {cold} (the LISTs and WATCHes that start the caches), warm {warm:0.##} over 100 views");
    }

    private static async Task ViewAsync(IClusterResources resources, Guid id)
    {
        await resources.NamespacesAsync(id, CancellationToken.None);
        await resources.IngressesAsync(id, new ResourceQuery(Take: 25), CancellationToken.None);
    }
}
