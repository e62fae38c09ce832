using System.Collections.Immutable;

namespace Dashboard.Kubernetes.Caching;

/// <summary>Where a kind's watch loop writes: the plain sorted cache, or a store that keeps only part (events).</summary>
internal interface IKindStore<TView>
{
    bool IsEmpty { get; }

    /// <summary>How many objects (or events) are kept: the cache-size metric.</summary>
    int Count { get; }

    /// <summary>After a full list: whatever is not in it any more is gone.</summary>
    void Replace(ImmutableSortedDictionary<ObjectKey, TView> all);

    void Set(ObjectKey key, TView view);

    void Remove(ObjectKey key);

    /// <summary>
    /// For a kind the pages can do without (<see cref="ResourceSource{T}.Optional"/>): why it cannot be read now
    /// (the cluster refuses to list it, say), or null once it is listed again.
    /// </summary>
    void ReportProblem(string? sentence);
}
