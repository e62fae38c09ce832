using System.Collections.Concurrent;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Caching;

/// <summary>
/// The one registry of watch caches, shared by every circuit and API call. A cluster's caches start on its first
/// read, stop after <see cref="CacheOptions.IdleTimeout"/> without readers or subscribers, and are torn down when
/// <see cref="ClusterClients"/> invalidates the cluster's client (edited or deleted).
/// </summary>
public sealed partial class WatchCacheRegistry : IAsyncDisposable, IDisposable
{
    private readonly ClusterClients clients;
    private readonly CacheOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger<WatchCacheRegistry> logger;
    private readonly DashboardMetrics metrics;
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, ClusterCache> running = [];
    private readonly ConcurrentDictionary<Guid, ChangeFeed> feeds = new();
    private readonly ITimer sweeper;
    private long invalidations;
    private bool disposed;

    public WatchCacheRegistry(
        ClusterClients clients, IOptions<CacheOptions> options, TimeProvider clock, ILogger<WatchCacheRegistry> logger, DashboardMetrics metrics)
    {
        this.clients = clients;
        this.options = options.Value;
        this.clock = clock;
        this.logger = logger;
        this.metrics = metrics;
        clients.Invalidated += OnInvalidated;
        metrics.ObserveCacheSizes(CacheSizes);
        var period = TimeSpan.FromTicks(Math.Clamp(this.options.IdleTimeout.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromSeconds(30).Ticks));
        sweeper = clock.CreateTimer(_ => StopIdle(), null, period, period);
    }

    /// <summary>
    /// Raised (on the reader's thread) when a cluster's caches start, so background work that follows every cluster
    /// (the hostname reconciler) hears of a newly registered one at its first read instead of at its next sweep.
    /// </summary>
    public event Action<Guid>? Started;

    /// <summary>True while the cluster's caches are running (started and not yet stopped as idle or invalidated).</summary>
    public bool IsRunning(Guid clusterId)
    {
        lock (gate)
            return running.ContainsKey(clusterId);
    }

    /// <summary>The cache state; a cluster whose caches are not running is <see cref="CacheState.Starting"/>.</summary>
    public CacheStatus Status(Guid clusterId)
    {
        lock (gate)
            return running.TryGetValue(clusterId, out var cache) ? cache.Status : new CacheStatus(CacheState.Starting, null, null);
    }

    /// <summary>
    /// Runs <paramref name="read"/> on the cluster's caches only if they are running, without starting them or counting
    /// as a reader (so they still stop when idle): what the cluster health check takes instead of an API call.
    /// </summary>
    internal bool TryPeek<T>(Guid clusterId, Func<ClusterCache, T> read, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        ClusterCache? cache;
        lock (gate)
            running.TryGetValue(clusterId, out cache);
        if (cache is null || cache.IsStopped)
        {
            value = default;
            return false;
        }
        value = read(cache);
        return true;
    }

    /// <summary>The objects each running cluster cache holds per kind, for the cache-size gauge (read at each scrape).</summary>
    private List<(Guid ClusterId, string Kind, int Count)> CacheSizes()
    {
        ClusterCache[] caches;
        lock (gate)
            caches = [.. running.Values];
        return [.. caches.SelectMany(cache => cache.Sizes().Select(size => (cache.ClusterId, size.Kind, size.Count)))];
    }

    /// <summary>Calls <paramref name="changed"/> on a thread-pool thread after changes; keeps the caches from going idle.</summary>
    public IDisposable Subscribe(Guid clusterId, Action changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return FeedOf(clusterId).Add(changed);
    }

    /// <summary>Stops a cluster's caches now (watches cancelled, memory dropped); the next read starts them again.</summary>
    public async Task StopAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        ClusterCache? cache;
        lock (gate)
            running.Remove(clusterId, out cache);
        if (cache is not null)
            await cache.DisposeAsync().AsTask().WaitAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="read"/> on the cluster's loaded caches, starting them and waiting for them if needed.</summary>
    /// <exception cref="Core.Clusters.ClusterNotFoundException"/>
    /// <exception cref="ClusterUnavailableException">the initial lists failed.</exception>
    internal async Task<T> ReadAsync<T>(Guid clusterId, Func<ClusterCache, T> read, CancellationToken cancellationToken)
    {
        while (true)
        {
            var cache = await AcquireAsync(clusterId, cancellationToken);
            try
            {
                if (await cache.WaitLoadedAsync(cancellationToken))
                    return read(cache);
            }
            finally
            {
                cache.Exit();
            }
            // Stopped while we waited (the cluster was edited): go round and start a fresh one.
        }
    }

    private async Task<ClusterCache> AcquireAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        while (true)
        {
            long seen;
            lock (gate)
            {
                ObjectDisposedException.ThrowIf(disposed, this);
                if (running.TryGetValue(clusterId, out var existing))
                {
                    existing.Enter();
                    return existing;
                }
                seen = invalidations;
            }

            var connection = await clients.GetAsync(clusterId, cancellationToken);
            var started = false;
            ClusterCache? cache;
            lock (gate)
            {
                ObjectDisposedException.ThrowIf(disposed, this);
                // An invalidation while the client was fetched may have disposed it: fetch again.
                if (seen != invalidations)
                    continue;
                if (!running.TryGetValue(clusterId, out cache))
                {
                    var feed = FeedOf(clusterId);
                    cache = new ClusterCache(clusterId, connection, options, clock, logger, feed.Publish, metrics);
                    running[clusterId] = cache;
                    cache.Start();
                    started = true;
                }
                cache.Enter();
            }
            if (started)
                Started?.Invoke(clusterId);
            return cache;
        }
    }

    private ChangeFeed FeedOf(Guid clusterId) => feeds.GetOrAdd(clusterId, _ => new ChangeFeed(logger));
}
