using System.Collections.Immutable;

namespace Dashboard.Kubernetes.Caching;

/// <summary>
/// The objects of one kind in one cluster, as the views the readers need, sorted by (namespace, name).
/// One writer (the kind's watch loop) swaps immutable snapshots; readers take the current one without locking,
/// so a query never waits for the watch and never sees half an update.
/// </summary>
internal sealed class KindCache<TView>(Action changed) : IKindStore<TView>
{
    private static readonly ImmutableSortedDictionary<ObjectKey, TView> Empty =
        ImmutableSortedDictionary.Create<ObjectKey, TView>(ObjectKeyComparer.Instance);

    private ImmutableSortedDictionary<ObjectKey, TView> items = Empty;
    private string? problem;

    public ImmutableSortedDictionary<ObjectKey, TView> Items => Volatile.Read(ref items);

    public bool IsEmpty => Items.IsEmpty;

    public int Count => Items.Count;

    /// <summary>Why this (optional) kind cannot be read now; null while it is listed and watched.</summary>
    public string? Problem => Volatile.Read(ref problem);

    public static ImmutableSortedDictionary<ObjectKey, TView>.Builder CreateBuilder() => Empty.ToBuilder();

    public void Replace(ImmutableSortedDictionary<ObjectKey, TView> all)
    {
        Volatile.Write(ref items, all);
        changed();
    }

    public void Set(ObjectKey key, TView view)
    {
        Volatile.Write(ref items, items.SetItem(key, view));
        changed();
    }

    public void Remove(ObjectKey key)
    {
        if (!items.ContainsKey(key))
            return;
        Volatile.Write(ref items, items.Remove(key));
        changed();
    }

    public void ReportProblem(string? sentence)
    {
        if (Interlocked.Exchange(ref problem, sentence) != sentence)
            changed();
    }
}
