namespace Dashboard.Sandbox.Store;

/// <summary>
/// Fans committed events out to subscribers. Publishing never waits: a subscriber whose buffer is
/// full is closed (its client re-lists, as with a real server dropping a slow watcher).
/// </summary>
internal sealed class WatchHub
{
    private readonly Lock gate = new();
    private WatchSubscription[] subscribers = [];
    private bool closed;

    public int Count => Volatile.Read(ref subscribers).Length;

    /// <param name="translate">What this subscriber sees of an event; null: nothing.</param>
    /// <param name="capacity">Buffered events before the subscriber is dropped; null: unbounded.</param>
    public WatchSubscription Subscribe(Func<StoreEvent, WatchEvent?> translate, int? capacity)
    {
        var subscription = new WatchSubscription(this, translate, capacity);
        lock (gate)
        {
            if (closed)
            {
                subscription.Close();
                return subscription;
            }

            subscribers = [.. subscribers, subscription];
        }

        return subscription;
    }

    /// <summary>Called under the store lock, so every subscriber sees events in revision order.</summary>
    public void Publish(StoreEvent change)
    {
        foreach (var subscriber in Volatile.Read(ref subscribers))
        {
            subscriber.Offer(change);
        }
    }

    public void Remove(WatchSubscription subscription)
    {
        lock (gate)
        {
            subscribers = subscribers.Where(s => !ReferenceEquals(s, subscription)).ToArray();
        }
    }

    /// <summary>Ends every stream: used when the cluster stops so open watches return promptly.</summary>
    public void CloseAll()
    {
        WatchSubscription[] all;
        lock (gate)
        {
            closed = true;
            all = subscribers;
            subscribers = [];
        }

        foreach (var subscriber in all)
        {
            subscriber.Close();
        }
    }
}
