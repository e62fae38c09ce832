using System.Diagnostics;
using Dashboard.Kubernetes.Hostnames;
using Dashboard.Kubernetes.Resources;
using k8s;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Benchmarks;

/// <summary>
/// The hostname reconciler over the filled world: what one pass over a cluster's cached ingresses costs, how long
/// a placeholder written with a client waits for its generated name, and what the reconciler sends while idle.
/// </summary>
internal static class HostnameReconciliation
{
    public static async Task RunAsync(BenchmarkWorld world)
    {
        var resources = world.Services.GetRequiredService<IClusterResources>();
        await MeasurePassAsync(resources, world.Clusters.Select(c => c.Id).ToArray());

        var reconciler = world.Services.GetServices<IHostedService>().OfType<HostnameReconciler>().Single();
        await reconciler.StartAsync(CancellationToken.None);
        var (id, sandbox) = world.Clusters[^1];
        await WaitIdleAsync(resources, id);
        await MeasureIdleRequestsAsync(world);
        await MeasureLatencyAsync(sandbox, world.Policy);
        await reconciler.StopAsync(CancellationToken.None);
    }

    /// <summary>The decision per cached ingress (no write is due in the filled world): the cost of one pass, per 2,000.</summary>
    private static async Task MeasurePassAsync(IClusterResources resources, Guid[] ids)
    {
        var all = new List<IngressInfo>();
        foreach (var id in ids)
        {
            for (var skip = 0; ; skip += 500)
            {
                var page = await resources.IngressesAsync(id, new ResourceQuery(Skip: skip, Take: 500), CancellationToken.None);
                all.AddRange(page.Items);
                if (skip + 500 >= page.Total)
                    break;
            }
        }
        var samples = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            var watch = Stopwatch.StartNew();
            var due = all.Count(i => HostnameReconciler.NeedsWrite(i, "sslip.io"));
            samples.Add(watch.Elapsed.TotalMilliseconds);
            if (due != 0)
                throw new InvalidOperationException($"{due} ingresses unexpectedly need a write.");
        }
        samples.Sort();
        Console.WriteLine($"Hostname reconciler pass: {all.Count:N0} cached ingresses checked in median {samples[2]:0.0} ms = {samples[2] / (all.Count / 2000.0):0.00} ms per 2,000-ingress cluster");
    }

    private static async Task WaitIdleAsync(IClusterResources resources, Guid id)
    {
        await resources.IngressesAsync(id, new ResourceQuery(Take: 1), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2));
    }

    /// <summary>API-server requests the running reconciler adds to the world in 10 s without changes (watches excluded by design: none are opened).</summary>
    private static async Task MeasureIdleRequestsAsync(BenchmarkWorld world)
    {
        var before = world.Clusters.Sum(c => c.Sandbox.RequestCount);
        await Task.Delay(TimeSpan.FromSeconds(10));
        var after = world.Clusters.Sum(c => c.Sandbox.RequestCount);
        Console.WriteLine($"Hostname reconciler idle over {world.Clusters.Count} clusters: {after - before} API requests in 10 s");
    }

    /// <summary>From a client's create with <c>host: sslip.io</c> to the generated host stored, in a 2,000-ingress cluster.</summary>
    private static async Task MeasureLatencyAsync(Dashboard.Sandbox.SandboxCluster sandbox, Dashboard.Kubernetes.Networks.ClusterAddressPolicy policy)
    {
        using var client = Dashboard.Kubernetes.Clusters.KubernetesClientFactory.Create(sandbox.KubeconfigYaml("bench"), "bench", policy);
        var samples = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var ingress = BenchmarkWorld.Ingress(90_000 + i);
            ingress.Spec.Rules[0].Host = "sslip.io";
            var watch = Stopwatch.StartNew();
            await client.NetworkingV1.CreateNamespacedIngressAsync(ingress, "default");
            while ((await client.NetworkingV1.ReadNamespacedIngressAsync(ingress.Metadata.Name, "default")).Spec.Rules[0].Host == "sslip.io")
            {
                if (watch.Elapsed > TimeSpan.FromSeconds(30))
                    throw new TimeoutException("The placeholder was never filled in.");
                await Task.Delay(5);
            }
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }
        samples.Sort();
        Console.WriteLine($"Placeholder to generated hostname (create → host stored): median {samples[10]:0} ms, p95 {samples[19]:0} ms, max {samples[^1]:0} ms (20 samples)");
    }
}
