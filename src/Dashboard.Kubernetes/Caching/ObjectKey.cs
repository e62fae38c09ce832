namespace Dashboard.Kubernetes.Caching;

/// <summary>Where an object lives: namespace ("" for cluster-scoped kinds) and name.</summary>
internal readonly record struct ObjectKey(string Namespace, string Name);

/// <summary>Namespace then name, ordinal: the order every list is shown in, kept by the cache itself.</summary>
internal sealed class ObjectKeyComparer : IComparer<ObjectKey>
{
    public static ObjectKeyComparer Instance { get; } = new();

    public int Compare(ObjectKey x, ObjectKey y)
    {
        var byNamespace = string.CompareOrdinal(x.Namespace, y.Namespace);
        return byNamespace != 0 ? byNamespace : string.CompareOrdinal(x.Name, y.Name);
    }
}
