using System.Collections.Immutable;

namespace Dashboard.Kubernetes.Caching;

/// <summary>
/// The events of one cluster about one kind of object, grouped by the object they are about, newest first, and
/// bounded: at most <see cref="PerObject"/> per object and <see cref="TotalLimit"/> in all. Like
/// <see cref="KindCache{TView}"/>, one writer (the watch loop) swaps immutable snapshots that readers take without locking.
/// </summary>
/// <remarks>
/// Why these bounds: a page shows one object's recent history, and a controller in a crash loop writes the same
/// few events with a rising count rather than new ones, so 50 per object is more than a page ever scrolls through.
/// 5,000 events of about 0.5 KB each keep a busy cluster's events under a few megabytes. Over the total, whole
/// objects go, the ones quiet the longest first, down to 90% of it, so eviction runs once per burst, not per event.
/// The API server itself forgets events after an hour (kube-apiserver --event-ttl).
/// </remarks>
internal sealed class EventCache(Action changed, int perObject = EventCache.PerObject, int totalLimit = EventCache.TotalLimit) : IKindStore<EventEntry>
{
    public const int PerObject = 50;

    public const int TotalLimit = 5000;

    private static readonly ImmutableDictionary<InvolvedObject, ImmutableArray<EventEntry>> Empty =
        ImmutableDictionary<InvolvedObject, ImmutableArray<EventEntry>>.Empty;

    /// <summary>Which object each kept event is about, for removals (the watch gives only the key); the writer's alone.</summary>
    private readonly Dictionary<ObjectKey, InvolvedObject> owners = [];
    private ImmutableDictionary<InvolvedObject, ImmutableArray<EventEntry>> byObject = Empty;
    private int count;
    private string? problem;

    public bool IsEmpty => Volatile.Read(ref byObject).IsEmpty;

    /// <summary>How many events are kept, over all objects.</summary>
    public int Count => Volatile.Read(ref count);

    public string? Problem => Volatile.Read(ref problem);

    /// <summary>The object's events, newest first.</summary>
    public ImmutableArray<EventEntry> Of(InvolvedObject involved) =>
        Volatile.Read(ref byObject).TryGetValue(involved, out var events) ? events : [];

    public void Replace(ImmutableSortedDictionary<ObjectKey, EventEntry> all)
    {
        owners.Clear();
        count = 0;
        var builder = Empty.ToBuilder();
        foreach (var group in all.Values.GroupBy(e => e.Involved))
        {
            var kept = group.OrderByDescending(e => e.Seen).Take(perObject).ToImmutableArray();
            builder[group.Key] = kept;
            count += kept.Length;
            foreach (var entry in kept)
                owners[entry.Key] = group.Key;
        }
        Publish(Trim(builder.ToImmutable()));
    }

    public void Set(ObjectKey key, EventEntry view)
    {
        var map = Without(byObject, key);
        var events = map.TryGetValue(view.Involved, out var existing) ? existing : [];
        var at = 0;
        while (at < events.Length && events[at].Seen >= view.Seen)
            at++;
        if (at >= perObject)
        {
            Publish(map); // older than everything kept for its object: not worth a place
            return;
        }
        events = events.Insert(at, view);
        owners[key] = view.Involved;
        count++;
        if (events.Length > perObject)
        {
            owners.Remove(events[^1].Key);
            count--;
            events = events.RemoveAt(events.Length - 1);
        }
        Publish(Trim(map.SetItem(view.Involved, events)));
    }

    public void Remove(ObjectKey key)
    {
        if (owners.ContainsKey(key))
            Publish(Without(byObject, key));
    }

    public void ReportProblem(string? sentence)
    {
        if (Interlocked.Exchange(ref problem, sentence) != sentence)
            changed();
    }

    private ImmutableDictionary<InvolvedObject, ImmutableArray<EventEntry>> Without(
        ImmutableDictionary<InvolvedObject, ImmutableArray<EventEntry>> map, ObjectKey key)
    {
        if (!owners.Remove(key, out var involved) || !map.TryGetValue(involved, out var events))
            return map;
        var remaining = events.RemoveAll(e => e.Key == key);
        count -= events.Length - remaining.Length;
        return remaining.IsEmpty ? map.Remove(involved) : map.SetItem(involved, remaining);
    }

    private ImmutableDictionary<InvolvedObject, ImmutableArray<EventEntry>> Trim(ImmutableDictionary<InvolvedObject, ImmutableArray<EventEntry>> map)
    {
        if (count <= totalLimit)
            return map;
        var target = totalLimit * 9 / 10;
        var builder = map.ToBuilder();
        foreach (var (involved, events) in map.OrderBy(pair => pair.Value[0].Seen))
        {
            if (count <= target)
                break;
            builder.Remove(involved);
            count -= events.Length;
            foreach (var entry in events)
                owners.Remove(entry.Key);
        }
        return builder.ToImmutable();
    }

    private void Publish(ImmutableDictionary<InvolvedObject, ImmutableArray<EventEntry>> map)
    {
        Volatile.Write(ref byObject, map);
        changed();
    }
}
