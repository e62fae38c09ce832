using System.Diagnostics;
using System.Text.Json;
using Dashboard.Core.Providers;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Sandbox;
using k8s;

namespace Dashboard.Benchmarks.Routes;

/// <summary>
/// GKE sandbox clusters filled through HTTP with Gateways, Services and HTTPRoutes, then registered once the
/// sandbox's Gateway controller has programmed the Gateways and accepted every route.
/// </summary>
internal static class RouteClusters
{
    public const int Gateways = 4;

    /// <summary>Routes per backend Service: 1,000 routes share 100 Services.</summary>
    public const int RoutesPerService = 10;

    /// <summary>Time spent in the creates, all clusters together.</summary>
    public static TimeSpan Creating { get; private set; }

    /// <summary>Time spent after the creates until each cluster was at rest (its controllers done).</summary>
    public static TimeSpan Settling { get; private set; }

    /// <param name="services">Backend Services to create; by default one per <see cref="RoutesPerService"/> routes.</param>
    public static async Task<(Guid Id, SandboxCluster Sandbox)> AddAsync(BenchmarkWorld world, string name, int routes, int? services = null)
    {
        var sandbox = await SandboxCluster.StartAsync(new SandboxOptions { Profile = "gke" });
        var watch = Stopwatch.StartNew();
        using (var client = KubernetesClientFactory.Create(sandbox.KubeconfigYaml(name), name, world.Policy))
        {
            await FillAsync(client, routes, services ?? ServicesFor(routes));
        }

        Creating += watch.Elapsed;
        watch.Restart();
        await BenchmarkWorld.SettleAsync(sandbox);
        Settling += watch.Elapsed;
        return await world.RegisterAsync(name, sandbox, ProviderKind.GoogleGke);
    }

    public static int ServicesFor(int routes) => Math.Max(1, routes / RoutesPerService);

    private static async Task FillAsync(IKubernetes client, int routes, int services)
    {
        var classes = (JsonElement)await client.CustomObjects.ListClusterCustomObjectAsync(GatewayApiObjects.Group, GatewayApiObjects.Version, "gatewayclasses");
        if (!classes.GetProperty("items").EnumerateArray().Any(c => c.GetProperty("metadata").GetProperty("name").GetString() == GatewayApiObjects.ClassName))
            await client.CustomObjects.CreateClusterCustomObjectAsync(GatewayApiObjects.GatewayClass(), GatewayApiObjects.Group, GatewayApiObjects.Version, "gatewayclasses");
        for (var g = 0; g < Gateways; g++)
            await client.CustomObjects.CreateNamespacedCustomObjectAsync(GatewayApiObjects.Gateway(g), GatewayApiObjects.Group, GatewayApiObjects.Version, "default", "gateways");
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8 };
        await Parallel.ForEachAsync(Enumerable.Range(0, services), parallel,
            async (s, ct) => await client.CoreV1.CreateNamespacedServiceAsync(GatewayApiObjects.Service(s), "default", cancellationToken: ct));
        await Parallel.ForEachAsync(Enumerable.Range(0, routes), parallel,
            async (i, ct) => await CreateRouteAsync(client, GatewayApiObjects.Route(i, Gateways, services), ct));
    }

    public static Task<object> CreateRouteAsync(IKubernetes client, Dashboard.Kubernetes.Routes.Models.V1HttpRoute route, CancellationToken ct) =>
        client.CustomObjects.CreateNamespacedCustomObjectAsync(route, GatewayApiObjects.Group, GatewayApiObjects.Version, "default", "httproutes", cancellationToken: ct);
}
