using System.Globalization;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Selectors;

namespace Dashboard.Sandbox.Store;

/// <summary>Where a watch starts: the events to send first, then the live subscription.</summary>
internal sealed record WatchStart(IReadOnlyList<WatchEvent> Initial, WatchSubscription Subscription, long Revision);

internal sealed partial class ObjectStore
{
    /// <summary>
    /// Starts a watch. Without a resourceVersion (or "0", or sendInitialEvents) every existing match
    /// comes first as ADDED; with one, the retained events after it; older than the window: 410.
    /// Registration happens under the lock, so nothing is missed or repeated between the two.
    /// </summary>
    public WatchStart Watch(ResourceKind kind, string? ns, ObjectFilter filter, string? resourceVersion, bool sendInitialEvents, int capacity)
    {
        lock (gate)
        {
            var initial = new List<WatchEvent>();
            if (string.IsNullOrEmpty(resourceVersion) || resourceVersion == "0" || sendInitialEvents)
            {
                initial.AddRange(Scan(kind, ns).Where(filter.Matches).Select(obj => new WatchEvent(EventTypes.Added, obj)));
            }
            else
            {
                if (!long.TryParse(resourceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var from))
                {
                    throw ApiErrors.BadRequest($"resourceVersion: Invalid value: \"{resourceVersion}\": strconv.ParseUint: parsing \"{resourceVersion}\": invalid syntax");
                }

                if (from < log.EvictedThrough)
                {
                    throw ApiErrors.Expired($"too old resource version: {from} ({log.EvictedThrough})");
                }

                initial.AddRange(log.After(from).Select(change => Translate(kind, ns, filter, change)).OfType<WatchEvent>());
            }

            var subscription = Hub.Subscribe(change => Translate(kind, ns, filter, change), capacity);
            return new WatchStart(initial, subscription, revision);
        }
    }

    /// <summary>Every committed change, unfiltered and unbounded: for the emulator's own controllers.</summary>
    public WatchSubscription SubscribeAll() => Hub.Subscribe(change => new WatchEvent(change.Type, change.Object), null);

    /// <summary>
    /// A change as a filtered watcher sees it: an update that makes an object start (stop) matching
    /// the selector arrives as ADDED (DELETED), as from the real server.
    /// </summary>
    private static WatchEvent? Translate(ResourceKind kind, string? ns, ObjectFilter filter, StoreEvent change)
    {
        if (change.Object.Kind != kind || (ns is not null && kind.Namespaced && change.Object.Namespace != ns))
        {
            return null;
        }

        var matchesNow = filter.Matches(change.Object);
        if (change.Type != EventTypes.Modified)
        {
            return matchesNow ? new WatchEvent(change.Type, change.Object) : null;
        }

        var matchedBefore = change.Previous is { } previous && filter.Matches(previous);
        return (matchedBefore, matchesNow) switch
        {
            (true, true) => new WatchEvent(EventTypes.Modified, change.Object),
            (false, true) => new WatchEvent(EventTypes.Added, change.Object),
            (true, false) => new WatchEvent(EventTypes.Deleted, change.Object),
            _ => null,
        };
    }
}
