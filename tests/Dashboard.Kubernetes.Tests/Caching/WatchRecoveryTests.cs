using Dashboard.Kubernetes.Resources;
using k8s;

namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>What an API server does to its watchers (restarts, compaction) does not leave the cache behind.</summary>
public sealed class WatchRecoveryTests : IAsyncLifetime
{
    private CachingHost host = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => host = await CachingHost.StartAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task AfterTheServerDropsTheWatchesLaterChangesStillArrive()
    {
        var (id, sandbox) = await host.AddClusterAsync("dropped");
        var client = host.ClientFor(sandbox);
        await host.Resources.ServicesAsync(id, new ResourceQuery(), Cancel);

        sandbox.DropWatches();
        await client.CreateServiceAsync("default", "after-drop");

        var page = await Eventually.ReturnsAsync(() => host.Resources.ServicesAsync(id, new ResourceQuery(Search: "after-drop"), Cancel), p => p.Total == 1);
        page.Total.ShouldBe(1);
        host.Resources.Status(id).State.ShouldBe(CacheState.Ready);
    }

    [Fact]
    public async Task AfterTheHistoryExpiresTheCacheRelistsWithoutLosingOrDuplicatingObjects()
    {
        var (id, sandbox) = await host.AddClusterAsync("expired");
        var client = host.ClientFor(sandbox);
        await client.CreateNamespaceAsync("shop");
        for (var i = 0; i < 5; i++)
            await client.CreateServiceAsync("shop", $"before-{i}");
        await Eventually.ReturnsAsync(() => host.Resources.ServicesAsync(id, new ResourceQuery("shop"), Cancel), p => p.Total == 5);

        sandbox.ExpireHistory();
        sandbox.DropWatches();
        // Every resourceVersion the cache holds is now too old to resume from (410): only a re-LIST brings these in.
        await client.CoreV1.DeleteNamespacedServiceAsync("before-0", "shop", cancellationToken: Cancel);
        await client.CreateServiceAsync("shop", "during");

        var expected = (await client.CoreV1.ListNamespacedServiceAsync("shop", cancellationToken: Cancel)).Items.Select(s => s.Metadata.Name).Order(StringComparer.Ordinal).ToArray();
        var page = await Eventually.ReturnsAsync(
            () => host.Resources.ServicesAsync(id, new ResourceQuery("shop"), Cancel),
            p => p.Items.Select(s => s.Name).SequenceEqual(expected));
        page.Items.Select(s => s.Name).ShouldBe(["before-1", "before-2", "before-3", "before-4", "during"]);
        page.Total.ShouldBe(5);
        await Eventually.ReturnsAsync(() => host.Resources.Status(id), s => s.State == CacheState.Ready);
    }
}
