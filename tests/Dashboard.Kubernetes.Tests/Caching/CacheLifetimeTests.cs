using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>Caches start on first use, stop when nobody reads them, and follow the cluster's registration.</summary>
public sealed class CacheLifetimeTests : IAsyncLifetime
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMilliseconds(600);

    private CachingHost host = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private ClusterRegistrationService Registration => host.Services.GetRequiredService<ClusterRegistrationService>();

    public async ValueTask InitializeAsync() => host = await CachingHost.StartAsync(IdleTimeout);

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task IdleCachesStopAfterTheIdleTimeoutAndStartAgainOnNextUse()
    {
        var (id, sandbox) = await host.AddClusterAsync("idle");
        host.Caches.IsRunning(id).ShouldBeFalse(); // nothing starts before the first read
        await host.Resources.ServicesAsync(id, new ResourceQuery(), Cancel);
        host.Caches.IsRunning(id).ShouldBeTrue();

        (await Eventually.ReturnsAsync(() => host.Caches.IsRunning(id), running => !running)).ShouldBeFalse();
        host.Resources.Status(id).State.ShouldBe(CacheState.Starting);
        await host.ClientFor(sandbox).CreateServiceAsync("default", "made-while-stopped");
        var requests = sandbox.RequestCount;
        await Task.Delay(300, Cancel);
        sandbox.RequestCount.ShouldBe(requests); // no watch is open, none is retried

        var page = await host.Resources.ServicesAsync(id, new ResourceQuery(Search: "made-while-stopped"), Cancel);

        page.Total.ShouldBe(1);
        host.Caches.IsRunning(id).ShouldBeTrue();
    }

    [Fact]
    public async Task ASubscriberKeepsTheCachesRunningUntilItLetsGo()
    {
        var (id, _) = await host.AddClusterAsync("watched-page");
        await host.Resources.NamespacesAsync(id, Cancel);

        using (host.Resources.Subscribe(id, () => { }))
        {
            await Task.Delay(IdleTimeout * 2, Cancel);
            host.Caches.IsRunning(id).ShouldBeTrue();
        }

        (await Eventually.ReturnsAsync(() => host.Caches.IsRunning(id), running => !running)).ShouldBeFalse();
    }

    [Fact]
    public async Task EditingAClusterTearsDownItsCachesAndTellsSubscribers()
    {
        var (id, _) = await host.AddClusterAsync("before-edit");
        await host.Resources.NamespacesAsync(id, Cancel);
        var told = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = host.Resources.Subscribe(id, () => told.TrySetResult());

        await Registration.UpdateAsync(id, new ClusterEdit("after-edit", ProviderKind.RkeCustom), CachingHost.Admin, Cancel);

        host.Caches.IsRunning(id).ShouldBeFalse();
        await told.Task.WaitAsync(TimeSpan.FromSeconds(5), Cancel);
        (await host.Resources.NamespacesAsync(id, Cancel)).ShouldContain("ingress-nginx");
        host.Caches.IsRunning(id).ShouldBeTrue();
    }

    [Fact]
    public async Task DeletingAClusterStopsItsCachesAndLaterReadsSayItIsNotRegistered()
    {
        var (id, _) = await host.AddClusterAsync("deleted");
        await host.Resources.NamespacesAsync(id, Cancel);

        await Registration.DeleteAsync(id, CachingHost.Admin, Cancel);

        host.Caches.IsRunning(id).ShouldBeFalse();
        await Should.ThrowAsync<ClusterNotFoundException>(() => host.Resources.NamespacesAsync(id, Cancel));
    }
}
