using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// Events expire as etcd's lease on them does (the API server's --event-ttl, one hour by default):
/// an event not seen again within the TTL is deleted. The store is also kept bounded: past
/// <see cref="MaxEvents"/> the oldest go first. It sweeps on a timer and does not react to each new
/// event: a pass reads every event, and one per write made a burst of writes quadratic.
/// </summary>
internal sealed class EventExpiry(ObjectStore store, TimeSpan ttl) : ReconcilingController(store)
{
    public const int MaxEvents = 5000;

    /// <summary>At most a minute between sweeps, and often enough that an event outlives its TTL by half of it at most.</summary>
    private readonly TimeSpan sweepInterval = ttl / 2 < TimeSpan.FromMinutes(1) ? ttl / 2 : TimeSpan.FromMinutes(1);

    protected override bool Watches(ResourceKind kind) => false;

    protected override void Reconcile()
    {
        var events = Reader.List(ResourceCatalog.Events).Select(e => (Event: e, Seen: LastSeen(e))).OrderBy(e => e.Seen).ToList();
        var cutoff = Now - ttl;
        var excess = events.Count - MaxEvents;
        foreach (var (ev, seen) in events)
        {
            if (seen >= cutoff && excess <= 0)
            {
                break;
            }

            Step(() => Store.Delete(ResourceCatalog.Events, ev.Namespace(), ev.Name(), new DeleteOptions()));
            excess--;
        }

        var next = events.Where(e => e.Seen >= cutoff).Select(e => e.Seen + ttl - Now).DefaultIfEmpty(sweepInterval).Min();
        WakeAfter(next < sweepInterval ? next + TimeSpan.FromMilliseconds(10) : sweepInterval);
    }

    private static DateTimeOffset LastSeen(JsonObject ev)
    {
        foreach (var text in new[] { ev.ObjectAt("series").StringAt("lastObservedTime"), ev.StringAt("lastTimestamp"), ev.StringAt("eventTime"), ev.ObjectAt("metadata").StringAt("creationTimestamp") })
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, out var time))
            {
                return time;
            }
        }

        return DateTimeOffset.MinValue;
    }
}
