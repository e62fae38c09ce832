using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// Events expire as etcd's lease on them does (the API server's --event-ttl, one hour by default):
/// an event not seen again within the TTL is deleted. The store is also kept bounded: past
/// <see cref="MaxEvents"/> the oldest go first.
/// </summary>
internal sealed class EventExpiry(ObjectStore store, TimeSpan ttl) : ReconcilingController(store)
{
    public const int MaxEvents = 5000;

    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    protected override bool Watches(ResourceKind kind) => kind == ResourceCatalog.Events;

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

        var next = events.Where(e => e.Seen >= cutoff).Select(e => e.Seen + ttl - Now).DefaultIfEmpty(SweepInterval).Min();
        WakeAfter(next < SweepInterval ? next + TimeSpan.FromMilliseconds(10) : SweepInterval);
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
