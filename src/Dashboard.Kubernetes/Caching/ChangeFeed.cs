using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.Caching;

/// <summary>
/// The subscribers of one cluster. A burst of changes (a LIST of thousands of objects) becomes one call per
/// subscriber on a thread-pool thread, never on the watch loop: a slow or throwing handler cannot stall a cache.
/// Outlives the cluster's cache, so a subscription survives the cache stopping and starting again.
/// </summary>
internal sealed class ChangeFeed(ILogger logger)
{
    private ImmutableArray<Subscription> subscriptions = [];
    private int pending;

    public bool HasSubscribers => !subscriptions.IsEmpty;

    public IDisposable Add(Action changed)
    {
        var subscription = new Subscription(this, changed);
        ImmutableInterlocked.Update(ref subscriptions, all => all.Add(subscription));
        return subscription;
    }

    public void Publish()
    {
        if (subscriptions.IsEmpty || Interlocked.Exchange(ref pending, 1) == 1)
            return;
        ThreadPool.QueueUserWorkItem(static feed => feed.Deliver(), this, preferLocal: false);
    }

    private void Deliver()
    {
        // Cleared first: a change during the calls below schedules another round rather than being lost.
        Volatile.Write(ref pending, 0);
        foreach (var subscription in subscriptions)
        {
            try
            {
                subscription.Changed();
            }
            catch (Exception e)
            {
                // An exception here would end the process (thread-pool thread); a broken page must not do that.
                logger.LogWarning(e, "A cache change subscriber threw");
            }
        }
    }

    private sealed class Subscription(ChangeFeed feed, Action changed) : IDisposable
    {
        public void Changed() => changed();

        public void Dispose() => ImmutableInterlocked.Update(ref feed.subscriptions, all => all.Remove(this));
    }
}
