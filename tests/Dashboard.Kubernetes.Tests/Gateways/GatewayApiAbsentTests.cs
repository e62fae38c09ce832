using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Routes;
using Dashboard.Kubernetes.Tests.Caching;

namespace Dashboard.Kubernetes.Tests.Gateways;

/// <summary>A cluster without the Gateway API CRDs reads as having no Gateway API objects, and is Ready.</summary>
public sealed class GatewayApiAbsentTests : IAsyncLifetime
{
    private CachingHost host = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => host = await CachingHost.StartAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task AClusterThatDoesNotServeTheGroupListsNoClassesGatewaysOrRoutesAndStaysReady()
    {
        var (id, sandbox) = await host.AddClusterAsync("rke");

        var facts = await host.Resources.FactsAsync(id, Cancel);

        facts.ServesGatewayApi.ShouldBeFalse();
        facts.GatewayClasses.ShouldBeEmpty();
        facts.Gateways.ShouldBeEmpty();
        (await host.Resources.GatewayClassesAsync(id, Cancel)).ShouldBeEmpty();
        (await host.Resources.GatewaysAsync(id, new ResourceQuery(), Cancel)).Total.ShouldBe(0);
        (await host.Resources.HttpRoutesAsync(id, new ResourceQuery(), Cancel)).Total.ShouldBe(0);
        foreach (var kind in Enum.GetValues<RouteKind>())
            (await host.Resources.RoutesAsync(id, kind, new ResourceQuery(), Cancel)).Items.ShouldBeEmpty();
        (await host.Resources.GatewayAsync(id, "default", "web", Cancel)).ShouldBeNull();
        (await host.Resources.HttpRouteAsync(id, "default", "shop", Cancel)).ShouldBeNull();
        host.Resources.Status(id).State.ShouldBe(CacheState.Ready);
        // Discovery said the group is not served: no kind was listed only to be answered 404.
        sandbox.RequestsTo("/apis/gateway.networking.k8s.io").ShouldBe(0);
        sandbox.RequestsTo("/apis").ShouldBeGreaterThan(0);
    }
}
