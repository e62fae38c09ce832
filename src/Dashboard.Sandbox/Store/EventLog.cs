namespace Dashboard.Sandbox.Store;

/// <summary>
/// The retained window of recent events, like the API server's watch cache: a watch may resume
/// from any resourceVersion still inside it; older ones get 410 Gone.
/// </summary>
internal sealed class EventLog(int capacity)
{
    private readonly Queue<StoreEvent> events = new();

    /// <summary>The newest revision that has fallen out of the window (0: nothing yet).</summary>
    public long EvictedThrough { get; private set; }

    public void Append(StoreEvent change)
    {
        events.Enqueue(change);
        while (events.Count > capacity)
        {
            EvictedThrough = events.Dequeue().Revision;
        }
    }

    /// <summary>
    /// The newest revision an explicit compaction forgot. Only compaction expires list continue
    /// tokens: the real server reads those from etcd, whose history outlives the watch window.
    /// </summary>
    public long CompactedThrough { get; private set; }

    /// <summary>Forgets every event up to <paramref name="revision"/>, as an etcd compaction does.</summary>
    public void Compact(long revision)
    {
        events.Clear();
        CompactedThrough = revision;
        EvictedThrough = Math.Max(EvictedThrough, revision);
    }

    public IEnumerable<StoreEvent> After(long revision) => events.Where(change => change.Revision > revision);
}
