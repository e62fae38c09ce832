namespace Dashboard.Core.Clusters;

/// <summary>
/// One page of the registered clusters, by name: <paramref name="Search"/> (any case) matches a part of the name,
/// the server URL or the shown provider kind's display name ("EKS", "RKE on"); null or blank lists every cluster.
/// </summary>
public sealed record ClusterQuery(string? Search = null, int Skip = 0, int Take = ClusterQuery.DefaultTake)
{
    public const int DefaultTake = 25;

    /// <summary>The most one page may hold, so no caller (a page, an API client) can ask for the whole registry at once by accident.</summary>
    public const int MaxTake = 500;
}
