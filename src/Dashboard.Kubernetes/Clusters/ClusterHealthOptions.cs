namespace Dashboard.Kubernetes.Clusters;

/// <summary>
/// <c>Dashboard:ClusterHealth</c>: how the background check of every registered cluster behaves (what the clusters list
/// shows). Checked by <see cref="ClusterHealthOptionsValidator"/>.
/// </summary>
public sealed class ClusterHealthOptions
{
    public const string Section = "Dashboard:ClusterHealth";

    /// <summary>
    /// How often each cluster is checked, whoever is looking. Each check is jittered by a tenth either way, so clusters
    /// registered together do not stay in step; a cluster whose watch caches are running is checked from them, without an API call.
    /// </summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>At most this many clusters are checked at the same time.</summary>
    public int MaxConcurrentChecks { get; set; } = 8;

    /// <summary>A check younger than this answers a Refresh click instead of a new one: many viewers clicking cost one check per cluster.</summary>
    public TimeSpan RefreshReuse { get; set; } = TimeSpan.FromSeconds(5);
}
