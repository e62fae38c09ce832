using Dashboard.Sandbox.Errors;

namespace Dashboard.Sandbox.Store;

internal sealed partial class ObjectStore
{
    /// <summary>
    /// Forgets the retained events, like an etcd compaction: resuming a watch or a paged list from
    /// any resourceVersion handed out so far gets 410 Gone. The revision moves on by one without an
    /// event, so that even the newest resourceVersion a client holds is too old, while the next
    /// list hands out one that can be watched from.
    /// </summary>
    public void ExpireHistory()
    {
        lock (gate)
        {
            log.Compact(++revision);
        }
    }

    /// <summary>A paged list continues at the revision of its first page: 410 once that is compacted.</summary>
    public void CheckContinueRevision(long revision)
    {
        lock (gate)
        {
            if (revision < log.CompactedThrough)
            {
                throw ApiErrors.Expired("The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.");
            }
        }
    }
}
