namespace Dashboard.Core.Clusters;

/// <summary>The clusters of one <see cref="ClusterQuery"/> page, and how many match the search in all.</summary>
public sealed record ClusterPage(IReadOnlyList<ClusterSummary> Items, int Total);
