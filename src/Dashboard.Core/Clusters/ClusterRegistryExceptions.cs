namespace Dashboard.Core.Clusters;

/// <summary>Another cluster already has this name. The message says what to do.</summary>
public sealed class DuplicateClusterNameException(string name)
    : Exception($"A cluster named '{name}' is already registered. Choose another name, or edit or delete the existing cluster.")
{
    public string Name { get; } = name;
}

/// <summary>No cluster with this id is registered (it may have been deleted meanwhile).</summary>
public sealed class ClusterNotFoundException(Guid id)
    : Exception($"No cluster with id {id} is registered. It may have been deleted; reload the clusters list.")
{
    public Guid Id { get; } = id;
}
