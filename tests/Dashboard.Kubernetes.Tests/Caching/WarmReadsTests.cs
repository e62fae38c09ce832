using Dashboard.Kubernetes.Resources;

namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>Once a cluster is loaded, reads are served from memory: no request reaches the cluster.</summary>
public sealed class WarmReadsTests : IAsyncLifetime
{
    private CachingHost host = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => host = await CachingHost.StartAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task TwentyWarmReadsSendNoRequestToTheCluster()
    {
        var (id, sandbox) = await host.AddClusterAsync("warm");
        await host.Resources.FactsAsync(id, Cancel);
        // The watches open right after the lists; wait until they have all arrived.
        await Eventually.ReturnsAsync(async () =>
        {
            var before = sandbox.RequestCount;
            await Task.Delay(300, Cancel);
            return sandbox.RequestCount == before;
        }, settled => settled);
        var requests = sandbox.RequestCount;

        for (var i = 0; i < 5; i++)
        {
            await host.Resources.ServicesAsync(id, new ResourceQuery(Search: "kube"), Cancel);
            await host.Resources.IngressesAsync(id, new ResourceQuery(Namespace: "default"), Cancel);
            await host.Resources.NamespacesAsync(id, Cancel);
            await host.Resources.FactsAsync(id, Cancel);
        }

        sandbox.RequestCount.ShouldBe(requests);
        host.Resources.Status(id).State.ShouldBe(CacheState.Ready);
    }
}
