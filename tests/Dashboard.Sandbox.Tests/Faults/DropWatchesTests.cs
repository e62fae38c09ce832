using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.Faults;

/// <summary><see cref="SandboxCluster.DropWatches"/>: every open watch ends at once, as when an API server restarts.</summary>
public sealed class DropWatchesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DroppingWatchesEndsEveryOpenStreamCleanly()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions(), Ct);
        using var client = SandboxFixture.ClientFor(cluster);
        await using var first = ConfigMapWatch.Start(client, "default", Ct);
        await using var second = ConfigMapWatch.Start(client, "kube-system", Ct);
        await first.EstablishAsync("first", Ct);
        await second.EstablishAsync("second", Ct);

        cluster.DropWatches();

        (await first.EndsWithinAsync(TimeSpan.FromSeconds(3))).ShouldBeTrue();
        (await second.EndsWithinAsync(TimeSpan.FromSeconds(3))).ShouldBeTrue();
        first.Ended.IsCompletedSuccessfully.ShouldBeTrue("the stream should end, not break");
        first.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task AfterADropNewWatchesWorkAndTheCloudControllerStillRuns()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions { Profile = "gke" }, Ct);
        using var client = SandboxFixture.ClientFor(cluster);
        await using (var before = ConfigMapWatch.Start(client, "default", Ct))
        {
            await before.EstablishAsync("before", Ct);
            cluster.DropWatches();
            (await before.EndsWithinAsync(TimeSpan.FromSeconds(3))).ShouldBeTrue();
        }

        var list = await client.CoreV1.ListNamespacedConfigMapAsync("default", cancellationToken: Ct);
        await using var after = ConfigMapWatch.Start(client, "default", Ct, list.Metadata.ResourceVersion);
        await after.EstablishAsync("after", Ct);
        await client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("lb", "LoadBalancer"), "default", cancellationToken: Ct);
        var service = await Eventually.ReturnsAsync(
            () => client.CoreV1.ReadNamespacedServiceAsync("lb", "default", cancellationToken: Ct),
            s => s.Status.LoadBalancer?.Ingress?.Count > 0,
            Ct);

        after.Ended.IsCompleted.ShouldBeFalse();
        service.Status.LoadBalancer.Ingress.ShouldHaveSingleItem().Ip.ShouldBe("198.51.100.100");
    }
}
