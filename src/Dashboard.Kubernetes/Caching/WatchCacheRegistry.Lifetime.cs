using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.Caching;

/// <summary>Stopping caches: when idle, when their cluster changes, and when the application stops.</summary>
public sealed partial class WatchCacheRegistry
{
    /// <summary>The cluster was edited or deleted: its client is about to be disposed, so its caches stop now.</summary>
    private void OnInvalidated(Guid clusterId)
    {
        ClusterCache? cache;
        lock (gate)
        {
            invalidations++;
            running.Remove(clusterId, out cache);
        }
        if (cache is null)
            return;
        _ = StopQuietlyAsync(cache);
        // Readers hold data from the old connection: tell them to read again (which starts a fresh cache).
        if (feeds.TryGetValue(clusterId, out var feed))
            feed.Publish();
    }

    private void StopIdle()
    {
        List<ClusterCache> idle;
        lock (gate)
        {
            idle = running.Values
                .Where(c => c.IsIdle(options.IdleTimeout) && !(feeds.TryGetValue(c.ClusterId, out var feed) && feed.HasSubscribers))
                .ToList();
            foreach (var cache in idle)
                running.Remove(cache.ClusterId);
        }
        foreach (var cache in idle)
        {
            logger.LogInformation("Caches of cluster {ClusterId} stopped after {IdleTimeout} without readers", cache.ClusterId, options.IdleTimeout);
            _ = StopQuietlyAsync(cache);
        }
    }

    private async Task StopQuietlyAsync(ClusterCache cache)
    {
        try
        {
            await cache.DisposeAsync();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Stopping the caches of cluster {ClusterId} failed", cache.ClusterId);
        }
    }

    public async ValueTask DisposeAsync()
    {
        var all = Detach();
        await sweeper.DisposeAsync();
        await Task.WhenAll(all.Select(StopQuietlyAsync));
    }

    /// <summary>For containers disposed synchronously: cancels every watch without waiting for the loops.</summary>
    public void Dispose()
    {
        var all = Detach();
        sweeper.Dispose();
        foreach (var cache in all)
            _ = StopQuietlyAsync(cache);
    }

    private List<ClusterCache> Detach()
    {
        clients.Invalidated -= OnInvalidated;
        lock (gate)
        {
            disposed = true;
            var all = running.Values.ToList();
            running.Clear();
            return all;
        }
    }
}
