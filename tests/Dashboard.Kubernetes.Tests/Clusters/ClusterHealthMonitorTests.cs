using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Core.Registration;
using Dashboard.Core.Security;
using Dashboard.Data;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Resources;
using Dashboard.Sandbox;
using Dashboard.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Clusters;

/// <summary>
/// The background health check of the clusters list, on the real service layer (SQLite registry, sandbox cluster) with
/// a clock the test moves: one check per cluster per interval whoever looks, recorded, published when it changed.
/// </summary>
public sealed class ClusterHealthMonitorTests : IAsyncLifetime
{
    private static readonly Actor Viewer = new("u-viewer", "vera", Roles.Viewer);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly TempDirectory data = new();
    private readonly ManualClock clock = new();
    private SandboxCluster sandbox = default!;
    private ServiceProvider services = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private ClusterHealthMonitor Monitor => services.GetRequiredService<ClusterHealthMonitor>();

    private IClusterRegistry Registry => services.GetRequiredService<IClusterRegistry>();

    private ClusterStatusFeed Feed => services.GetRequiredService<ClusterStatusFeed>();

    public async ValueTask InitializeAsync()
    {
        sandbox = await SandboxCluster.StartAsync(new SandboxOptions(), Cancel);
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddDashboardData(DataPaths.DefaultConnectionString(data.Path), Path.Combine(data.Path, "keys"))
            .AddDashboardKubernetes()
            .AllowLoopbackClusters()
            .Configure<ClusterHealthOptions>(o => o.CheckInterval = Interval)
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(Cancel);
    }

    private async Task<Guid> RegisterAsync(string name) =>
        (await services.GetRequiredService<ClusterRegistrationService>().RegisterAsync(
            new RegisterClusterDraft { Name = name, Kubeconfig = sandbox.KubeconfigYaml("ctx"), Provider = ProviderKind.RkeCustom, AllowDuplicateServer = true },
            Actor.System, Cancel)).Id;

    /// <summary>Completes with the first published change of <paramref name="clusterId"/>.</summary>
    private Task PublishedAsync(Guid clusterId)
    {
        var published = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = Feed.Subscribe(id =>
        {
            if (id == clusterId)
                published.TrySetResult();
        });
        return published.Task.ContinueWith(_ => subscription.Dispose(), TaskScheduler.Default);
    }

    [Fact]
    public async Task EachClusterIsCheckedOncePerIntervalHoweverManyViewersSubscribeAndRefresh()
    {
        Guid[] ids = [await RegisterAsync("one"), await RegisterAsync("two"), await RegisterAsync("three")];
        var viewers = Enumerable.Range(0, 50).Select(_ => Feed.Subscribe(_ => { })).ToList();

        (await Monitor.CheckDueAsync(Cancel)).ShouldBeLessThanOrEqualTo(ids.Length, "the first round is spread out");
        clock.Advance(ClusterHealthMonitor.FirstRoundSpread);
        var firstRound = await Monitor.CheckDueAsync(Cancel);
        (await Monitor.CheckDueAsync(Cancel)).ShouldBe(0);
        var afterRound = sandbox.RequestCount;
        await Task.WhenAll(viewers.Select(_ => Monitor.RefreshAsync(ids, Viewer, Cancel)));
        clock.Advance(Interval * 0.5);
        var halfway = await Monitor.CheckDueAsync(Cancel);
        clock.Advance(Interval * 0.65);
        var nextRound = await Monitor.CheckDueAsync(Cancel);

        sandbox.RequestCount.ShouldBeGreaterThan(afterRound, "the next round asked the cluster");
        halfway.ShouldBe(0);
        nextRound.ShouldBe(ids.Length);
        firstRound.ShouldBeLessThanOrEqualTo(ids.Length);
        foreach (var id in ids)
            (await Registry.FindAsync(id, Cancel))!.LastSeenAt.ShouldBe(clock.GetUtcNow());
        viewers.ForEach(v => v.Dispose());
    }

    [Fact]
    public async Task ARefreshRightAfterACheckReusesItAndManyRefreshesAtOnceCostOneCheckPerCluster()
    {
        Guid[] ids = [await RegisterAsync("alpha"), await RegisterAsync("beta")];
        clock.Advance(TimeSpan.FromMinutes(5));
        var before = sandbox.RequestCount;
        await Monitor.RefreshAsync(ids, Viewer, Cancel);
        var oneRefresh = sandbox.RequestCount - before;

        var reused = sandbox.RequestCount;
        await Monitor.RefreshAsync(ids, Viewer, Cancel);
        var reusedCost = sandbox.RequestCount - reused;

        clock.Advance(TimeSpan.FromMinutes(5));
        var crowd = sandbox.RequestCount;
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Monitor.RefreshAsync(ids, Viewer, Cancel)));
        var crowdCost = sandbox.RequestCount - crowd;

        oneRefresh.ShouldBeGreaterThan(0);
        reusedCost.ShouldBe(0);
        crowdCost.ShouldBe(oneRefresh);
    }

    [Fact]
    public async Task AClusterThatStopsAnsweringIsRecordedUnreachableAndTheChangeIsPublished()
    {
        var id = await RegisterAsync("going-away");
        var wentDown = PublishedAsync(id);
        sandbox.Unreachable = true;
        clock.Advance(TimeSpan.FromMinutes(5));

        await Monitor.RefreshAsync([id], Viewer, Cancel);
        await wentDown.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        var down = (await Registry.FindAsync(id, Cancel))!;
        var cameBack = PublishedAsync(id);
        sandbox.Unreachable = false;
        clock.Advance(TimeSpan.FromMinutes(5));
        await Monitor.RefreshAsync([id], Viewer, Cancel);
        await cameBack.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        var up = (await Registry.FindAsync(id, Cancel))!;

        down.Status.ShouldBe(ClusterStatus.Unreachable);
        down.LastError.ShouldNotBeNullOrWhiteSpace();
        down.NodeCount.ShouldBeNull();
        up.Status.ShouldBe(ClusterStatus.Reachable);
        up.NodeCount.ShouldBe(3);
        up.LastError.ShouldBeNull();
    }

    [Fact]
    public async Task AClusterWhoseCachesAreReadyIsCheckedFromThemWithoutAnApiCall()
    {
        var id = await RegisterAsync("cached");
        var resources = services.GetRequiredService<IClusterResources>();
        await resources.FactsAsync(id, Cancel);
        // The watches open right after the lists; wait until they have all arrived.
        await Eventually.ReturnsAsync(async () =>
        {
            var seen = sandbox.RequestCount;
            await Task.Delay(300, Cancel);
            return sandbox.RequestCount == seen && resources.Status(id).State == CacheState.Ready;
        }, settled => settled);
        var requests = sandbox.RequestCount;
        clock.Advance(TimeSpan.FromMinutes(5));

        await Monitor.RefreshAsync([id], Viewer, Cancel);

        sandbox.RequestCount.ShouldBe(requests);
        var checkedFromCaches = (await Registry.FindAsync(id, Cancel))!;
        checkedFromCaches.LastSeenAt.ShouldBe(clock.GetUtcNow());
        checkedFromCaches.Status.ShouldBe(ClusterStatus.Reachable);
        checkedFromCaches.NodeCount.ShouldBe(3);
        checkedFromCaches.KubernetesVersion.ShouldNotBeNull();
    }

    [Fact]
    public async Task ADeletedClusterIsNoLongerChecked()
    {
        var kept = await RegisterAsync("kept");
        var deleted = await RegisterAsync("deleted");
        clock.Advance(ClusterHealthMonitor.FirstRoundSpread);
        await Monitor.CheckDueAsync(Cancel);
        await services.GetRequiredService<ClusterRegistrationService>().DeleteAsync(deleted, Actor.System, Cancel);

        await Monitor.RefreshAsync([deleted], Viewer, Cancel); // the list still showed it: no error, nothing recorded
        clock.Advance(Interval * 1.2);
        var nextRound = await Monitor.CheckDueAsync(Cancel);

        nextRound.ShouldBe(1);
        (await Registry.FindAsync(kept, Cancel))!.LastSeenAt.ShouldBe(clock.GetUtcNow());
        (await Registry.FindAsync(deleted, Cancel)).ShouldBeNull();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await sandbox.DisposeAsync();
        data.Dispose();
    }
}
