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

    public IEnumerable<StoreEvent> After(long revision) => events.Where(change => change.Revision > revision);
}
