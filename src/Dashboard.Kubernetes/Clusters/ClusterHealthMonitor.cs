using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Resources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>
/// Keeps what the clusters list shows (status, version, node count, detected kind) fresh, once per cluster for the
/// whole process however many people look: each registered cluster is checked every
/// <see cref="ClusterHealthOptions.CheckInterval"/> (jittered, at most <see cref="ClusterHealthOptions.MaxConcurrentChecks"/>
/// at a time), the outcome is recorded in the registry, and a change is published on the <see cref="ClusterStatusFeed"/>.
/// A cluster whose watch caches are running and ready is checked from them, without an API call; otherwise (caches
/// stopped, starting or failing, or the version not known yet) the cluster is probed. Pages never call a cluster for
/// its status: they read the registry and ask here for a <see cref="RefreshAsync">refresh</see>, which is coalesced.
/// </summary>
public sealed partial class ClusterHealthMonitor(
    IClusterRegistry registry,
    WatchCacheRegistry caches,
    ClusterInspector inspector,
    ClusterClients clients,
    ClusterRegistrationService registrations,
    ClusterStatusFeed statusFeed,
    IOptions<ClusterHealthOptions> options,
    TimeProvider clock,
    ILogger<ClusterHealthMonitor> logger,
    IHostApplicationLifetime? lifetime = null) : BackgroundService
{
    /// <summary>
    /// Clusters the monitor meets for the first time (at start) are first checked at a random moment within this
    /// span (or the interval, if shorter): two hundred clusters do not all fire at once, and none waits a whole interval.
    /// </summary>
    public static readonly TimeSpan FirstRoundSpread = TimeSpan.FromSeconds(10);

    private readonly ClusterHealthOptions settings = options.Value;
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, ClusterCheck> checks = [];
    private readonly SemaphoreSlim slots = new(options.Value.MaxConcurrentChecks);
    private readonly CancellationTokenSource stopping = new();
    private int disposed;

    /// <summary>How often the registry is looked at for checks that are due (and for newly registered clusters).</summary>
    private TimeSpan ScanPeriod => TimeSpan.FromTicks(Math.Clamp(settings.CheckInterval.Ticks / 20, TimeSpan.FromSeconds(1).Ticks, TimeSpan.FromSeconds(5).Ticks));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var stop = stoppingToken.Register(() => stopping.Cancel());
        try
        {
            // In the app, start-up work (migrations, the sandbox's registration) finishes first.
            if (lifetime is not null)
                await WhenStartedAsync(lifetime, stoppingToken);
            registrations.Registered += OnRegistered;
            clients.Invalidated += OnInvalidated;
            while (!stoppingToken.IsCancellationRequested)
            {
                await CheckDueAsync(stoppingToken);
                await Task.Delay(ScanPeriod, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            registrations.Registered -= OnRegistered;
            clients.Invalidated -= OnInvalidated;
        }
    }

    /// <summary>
    /// Checks every registered cluster whose check is due now (by the clock) and waits for those checks; the loop calls
    /// it every few seconds. Returns how many checks it started.
    /// </summary>
    public async Task<int> CheckDueAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<ClusterSummary> registered;
        try
        {
            registered = await registry.ListAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogListFailed(e.Message);
            return 0;
        }
        var now = clock.GetUtcNow();
        var ids = registered.Select(c => c.Id).ToHashSet();
        var due = new List<Task>();
        lock (gate)
        {
            foreach (var gone in checks.Keys.Where(id => !ids.Contains(id)).ToList())
                checks.Remove(gone);
            foreach (var id in ids)
            {
                if (!checks.TryGetValue(id, out var check))
                    checks[id] = check = new ClusterCheck { DueAt = now + Spread(FirstRoundSpread < settings.CheckInterval ? FirstRoundSpread : settings.CheckInterval) };
                if (check.Running is null && check.DueAt <= now)
                    due.Add(StartLocked(id, check));
            }
        }
        await Task.WhenAll(due).WaitAsync(cancellationToken);
        return due.Count;
    }

    /// <summary>
    /// What a Refresh click asks for: the given clusters (the visible page) checked now, except those checked less than
    /// <see cref="ClusterHealthOptions.RefreshReuse"/> ago; a check already running is joined, not repeated. Completes
    /// when they are recorded (and published); cancelling stops the wait, not the shared checks.
    /// </summary>
    /// <exception cref="ForbiddenException"/>
    public async Task RefreshAsync(IReadOnlyCollection<Guid> clusterIds, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clusterIds);
        ArgumentNullException.ThrowIfNull(actor);
        actor.Demand(Permission.View);
        var now = clock.GetUtcNow();
        var work = new List<Task>();
        lock (gate)
        {
            foreach (var id in clusterIds.Distinct())
            {
                if (!checks.TryGetValue(id, out var check))
                    checks[id] = check = new ClusterCheck { DueAt = now };
                if (check.Running is { } running)
                    work.Add(running);
                else if (check.CheckedAt is not { } checkedAt || now - checkedAt >= settings.RefreshReuse)
                    work.Add(StartLocked(id, check));
            }
        }
        await Task.WhenAll(work).WaitAsync(cancellationToken);
    }

    /// <summary>The registration probed and recorded the cluster already: its next check is one interval away.</summary>
    private void OnRegistered(Guid clusterId)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (!checks.TryGetValue(clusterId, out var check))
                checks[clusterId] = check = new ClusterCheck();
            check.CheckedAt = now;
            check.DueAt = now + Spread(settings.CheckInterval, around: true);
        }
    }

    /// <summary>Edited (new name, kind or kubeconfig) or deleted: the lists showing it reload, and it is checked at once.</summary>
    private void OnInvalidated(Guid clusterId)
    {
        statusFeed.Publish(clusterId);
        lock (gate)
        {
            if (!checks.TryGetValue(clusterId, out var check))
                checks[clusterId] = check = new ClusterCheck();
            if (check.Running is null)
                StartLocked(clusterId, check);
        }
    }

    /// <summary>Called under <see cref="gate"/>, so the check cannot finish (and clear <see cref="ClusterCheck.Running"/>) before it is set.</summary>
    private Task StartLocked(Guid clusterId, ClusterCheck check)
    {
        var task = Task.Run(() => RunAsync(clusterId, check));
        check.Running = task;
        return task;
    }

    private async Task RunAsync(Guid clusterId, ClusterCheck check)
    {
        CancellationToken token;
        try
        {
            token = stopping.Token;
        }
        catch (ObjectDisposedException)
        {
            return;
        }
        try
        {
            await slots.WaitAsync(token);
            try
            {
                await CheckAsync(clusterId, token);
            }
            finally
            {
                slots.Release();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException && token.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The registry failed (a locked or full disk): the next interval tries again.
            LogCheckFailed(clusterId, e.Message);
        }
        finally
        {
            var now = clock.GetUtcNow();
            lock (gate)
            {
                check.Running = null;
                check.CheckedAt = now;
                check.DueAt = now + Spread(settings.CheckInterval, around: true);
            }
        }
    }

    private async Task CheckAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        var before = await registry.FindAsync(clusterId, cancellationToken);
        ClusterObservation observation;
        try
        {
            if (before is null)
                throw new ClusterNotFoundException(clusterId);
            observation = FromCaches(before) ?? await inspector.ProbeAsync(clusterId, cancellationToken);
        }
        catch (ClusterNotFoundException)
        {
            lock (gate)
                checks.Remove(clusterId); // deleted: nothing to check any more
            return;
        }
        await registry.RecordObservationAsync(clusterId, observation, cancellationToken);
        if (!Changed(before, observation))
            return;
        LogStatusChanged(before.Name, clusterId, observation.Status, observation.Error ?? "");
        statusFeed.Publish(clusterId);
    }

    /// <summary>
    /// What ready watch caches already know: the cluster answers (its watches are open), its nodes and namespaces. Null
    /// when they are not running or not ready (the probe then says what is wrong in the API server's words), or when the
    /// version, which no cache holds, is not known from an earlier probe.
    /// </summary>
    private ClusterObservation? FromCaches(ClusterSummary before)
    {
        if (before.Status != ClusterStatus.Reachable || before.KubernetesVersion is null)
            return null;
        if (!caches.TryPeek(before.Id, cache => (cache.Status, Nodes: cache.Nodes.Items.Values.ToArray(), Namespaces: cache.Namespaces.Items.Values.ToArray()), out var seen)
            || seen.Status.State != CacheState.Ready)
            return null;
        return new ClusterObservation(ClusterStatus.Reachable, clock.GetUtcNow(), before.KubernetesVersion, seen.Nodes.Length, null,
            QuickProviderDetection.Detect(seen.Nodes, seen.Namespaces));
    }

    private static bool Changed(ClusterSummary before, ClusterObservation after) =>
        before.Status != after.Status
        || before.KubernetesVersion != after.KubernetesVersion
        || before.NodeCount != after.NodeCount
        || before.LastError != after.Error
        || (after.DetectedProvider is { } detected && detected != before.DetectedProvider);

    /// <summary>A random span up to <paramref name="span"/>, or (<paramref name="around"/>) within a tenth either side of it.</summary>
    private static TimeSpan Spread(TimeSpan span, bool around = false) =>
        around ? span * (0.9 + (0.2 * Random.Shared.NextDouble())) : span * Random.Shared.NextDouble();

    private static async Task WhenStartedAsync(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    /// <summary>Idempotent: the container disposes the instance once as itself and once as the hosted service it also is.</summary>
    public override void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        stopping.Cancel();
        stopping.Dispose();
        slots.Dispose();
        base.Dispose();
    }

    private sealed class ClusterCheck
    {
        public DateTimeOffset DueAt;
        public DateTimeOffset? CheckedAt;
        public Task? Running;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster {Name} ({ClusterId}) is now {Status} {Error}")]
    private partial void LogStatusChanged(string name, Guid clusterId, ClusterStatus status, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The health check of cluster {ClusterId} failed; it is tried again at the next interval: {Message}")]
    private partial void LogCheckFailed(Guid clusterId, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cluster health checks could not list the registered clusters: {Message}")]
    private partial void LogListFailed(string message);
}
