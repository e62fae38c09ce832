using System.Diagnostics;
using System.Text.Json;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Resources;
using Dashboard.Sandbox;
using k8s;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Benchmarks.Routes;

/// <summary>
/// The hostname reconciliation over the filled route world: what the app's hostname reconcilers send while
/// nothing changes, and how long a route created with a client keeps its placeholder.
/// </summary>
internal static class RouteHostnameReconciliation
{
    private const string Placeholder = "sslip.io";

    /// <summary>A route left with its placeholder this long after its create has no reconciler for it.</summary>
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan FollowGiveUp = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(BenchmarkWorld world, Guid[] ids)
    {
        var resources = world.Services.GetRequiredService<IClusterResources>();
        var reconcilers = world.Services.GetServices<IHostedService>()
            .Where(s => s.GetType().Namespace?.StartsWith("Dashboard.Kubernetes", StringComparison.Ordinal) == true
                && s.GetType().Name.Contains("Hostname", StringComparison.Ordinal)).ToArray();
        foreach (var reconciler in reconcilers)
            await reconciler.StartAsync(CancellationToken.None);
        // Every cache warm and the reconcilers' first passes done before counting.
        foreach (var id in world.Clusters.Select(c => c.Id))
            await resources.HttpRoutesAsync(id, new ResourceQuery(Take: 1), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await MeasureIdleRequestsAsync(world, reconcilers);
        var sandbox = world.Clusters.First(c => c.Id == ids[^1]).Sandbox;
        if (await MeasureLatencyAsync(sandbox, world.Policy))
            await MeasureFollowAsync(sandbox, world.Policy);
        foreach (var reconciler in reconcilers)
            await reconciler.StopAsync(CancellationToken.None);
    }

    /// <summary>API-server requests in 10 s with the reconcilers running and nothing changing.</summary>
    private static async Task MeasureIdleRequestsAsync(BenchmarkWorld world, IHostedService[] reconcilers)
    {
        var before = world.Clusters.Sum(c => c.Sandbox.RequestCount);
        await Task.Delay(TimeSpan.FromSeconds(10));
        var after = world.Clusters.Sum(c => c.Sandbox.RequestCount);
        Console.WriteLine($"Hostname reconcilers ({string.Join(", ", reconcilers.Select(r => r.GetType().Name))}) idle over {world.Clusters.Count} clusters: {after - before} API requests in 10 s");
    }

    /// <summary>From a client's create with <c>hostnames: [sslip.io]</c> to the generated host stored, in a 1,000-route cluster.</summary>
    private static async Task<bool> MeasureLatencyAsync(SandboxCluster sandbox, Dashboard.Kubernetes.Networks.ClusterAddressPolicy policy)
    {
        using var client = KubernetesClientFactory.Create(sandbox.KubeconfigYaml("bench"), "bench", policy);
        var samples = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var route = GatewayApiObjects.Route(90_000 + i, RouteClusters.Gateways, 1, Placeholder);
            var watch = Stopwatch.StartNew();
            await RouteClusters.CreateRouteAsync(client, route, CancellationToken.None);
            string? host;
            while ((host = await FirstHostnameAsync(client, route.Metadata.Name)) == Placeholder)
            {
                if (watch.Elapsed > GiveUp)
                {
                    Console.WriteLine($"Placeholder to generated route hostname: not measured, the placeholder was still there after {GiveUp.TotalSeconds:0} s (no reconciler for HTTPRoutes)");
                    return false;
                }
                await Task.Delay(5);
            }
            samples.Add(watch.Elapsed.TotalMilliseconds);
            if (i == 0)
                Console.WriteLine($"First generated route hostname: {host}");
        }
        samples.Sort();
        Console.WriteLine($"Placeholder to generated route hostname (create → host stored): median {samples[10]:0} ms, p95 {samples[19]:0} ms, max {samples[^1]:0} ms (20 samples)");
        return true;
    }

    /// <summary>
    /// The Gateways of the 20 routes just generated ask for other addresses (static IPs, as on GKE): from those
    /// changes to every route's hostname carrying its Gateway's new IP.
    /// </summary>
    private static async Task MeasureFollowAsync(SandboxCluster sandbox, Dashboard.Kubernetes.Networks.ClusterAddressPolicy policy)
    {
        using var client = KubernetesClientFactory.Create(sandbox.KubeconfigYaml("bench"), "bench", policy);
        static string NewIp(int gateway) => $"203.0.113.{250 + gateway}";
        var watch = Stopwatch.StartNew();
        for (var g = 0; g < RouteClusters.Gateways; g++)
        {
            await client.CustomObjects.PatchNamespacedCustomObjectAsync(
                new k8s.Models.V1Patch("{\"spec\":{\"addresses\":[{\"type\":\"IPAddress\",\"value\":\"" + NewIp(g) + "\"}]}}", k8s.Models.V1Patch.PatchType.MergePatch),
                GatewayApiObjects.Group, GatewayApiObjects.Version, "default", "gateways", GatewayApiObjects.GatewayName(g));
        }
        // Route i is on Gateway i % Gateways (GatewayApiObjects.Route).
        var pending = Enumerable.Range(90_000, 20).Select(i => (Name: GatewayApiObjects.RouteName(i), Ip: NewIp(i % RouteClusters.Gateways))).ToList();
        while (pending.Count > 0)
        {
            if (watch.Elapsed > FollowGiveUp)
            {
                Console.WriteLine($"Gateway address change: {pending.Count} of 20 generated route hostnames still on the old address after {FollowGiveUp.TotalSeconds:0} s");
                return;
            }
            var hosts = await Task.WhenAll(pending.Select(route => FirstHostnameAsync(client, route.Name)));
            pending = pending.Where((route, i) => hosts[i]?.Contains(route.Ip, StringComparison.Ordinal) != true).ToList();
            if (pending.Count > 0)
                await Task.Delay(5);
        }
        Console.WriteLine($"Address change of {RouteClusters.Gateways} Gateways → all 20 generated route hostnames follow: {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    private static async Task<string?> FirstHostnameAsync(IKubernetes client, string name)
    {
        var route = (JsonElement)await client.CustomObjects.GetNamespacedCustomObjectAsync(
            GatewayApiObjects.Group, GatewayApiObjects.Version, "default", "httproutes", name);
        return route.GetProperty("spec").TryGetProperty("hostnames", out var hosts) && hosts.GetArrayLength() > 0 ? hosts[0].GetString() : null;
    }
}
