namespace Dashboard.Core.Clusters;

/// <summary>
/// The registry of clusters (persisted by Dashboard.Data). Kubeconfigs go in encrypted and come out only
/// through <see cref="GetKubeconfigAsync"/>, for the Kubernetes service layer, never for the browser.
/// </summary>
public interface IClusterRegistry
{
    /// <summary>All clusters, ordered by name (case-insensitive).</summary>
    Task<IReadOnlyList<ClusterSummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>One page of the clusters matching <see cref="ClusterQuery.Search"/>, ordered by name (case-insensitive), and the number that match.</summary>
    /// <exception cref="ArgumentOutOfRangeException">a negative skip, or a take outside 1..<see cref="ClusterQuery.MaxTake"/>.</exception>
    Task<ClusterPage> PageAsync(ClusterQuery query, CancellationToken cancellationToken);

    Task<ClusterSummary?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <exception cref="DuplicateClusterNameException">the name is taken (case-insensitive).</exception>
    Task<ClusterSummary> RegisterAsync(NewCluster cluster, CancellationToken cancellationToken);

    /// <exception cref="ClusterNotFoundException"/>
    /// <exception cref="DuplicateClusterNameException"/>
    Task<ClusterSummary> UpdateAsync(Guid id, ClusterEdit edit, CancellationToken cancellationToken);

    /// <summary>Replaces the kubeconfig and server URL (a sandbox restarted on a new port).</summary>
    /// <exception cref="ClusterNotFoundException"/>
    Task ReplaceKubeconfigAsync(Guid id, string kubeconfig, string serverUrl, CancellationToken cancellationToken);

    /// <summary>Deletes the cluster and its secret. False when it did not exist.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The decrypted kubeconfig, for the Kubernetes service layer only.</summary>
    /// <exception cref="ClusterNotFoundException"/>
    Task<string> GetKubeconfigAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Records what the dashboard saw when it last talked to the cluster. No-op for an unknown id.</summary>
    Task RecordObservationAsync(Guid id, ClusterObservation observation, CancellationToken cancellationToken);

    /// <summary>The cluster registered for a sandbox profile, if it is still registered.</summary>
    Task<ClusterSummary?> FindBySandboxProfileAsync(string profile, CancellationToken cancellationToken);

    /// <summary>
    /// True once a sandbox profile was ever registered, even if the user deleted that cluster later:
    /// the sandbox is registered once, and a deleted demo cluster stays deleted.
    /// </summary>
    Task<bool> WasSandboxEverRegisteredAsync(string profile, CancellationToken cancellationToken);
}
