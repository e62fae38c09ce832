using Dashboard.Core.Clusters;

namespace Dashboard.Web.Components.Clusters;

/// <summary>One row of the clusters table: the same object for as long as its cluster is on the page shown, so the
/// table keeps the row's elements and only the cells of a newer <see cref="ClusterSummary"/> change.</summary>
public sealed class ClusterRow(ClusterSummary cluster)
{
    public ClusterSummary Cluster { get; set; } = cluster;
}
