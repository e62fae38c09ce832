using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;

namespace Dashboard.Data.Entities;

/// <summary>A registered cluster as stored. The kubeconfig is only ever here encrypted.</summary>
public sealed class ClusterEntity
{
    public Guid Id { get; set; }

    /// <summary>Trimmed display name, unique regardless of case (the column collates NOCASE).</summary>
    public required string Name { get; set; }

    /// <summary>The kind the user chose; Unknown when they chose none.</summary>
    public ProviderKind Provider { get; set; }

    /// <summary>The kind recognised on the cluster when it last answered (node providerIDs and labels, MetalLB's namespace).</summary>
    public ProviderKind DetectedProvider { get; set; }

    public required string ServerUrl { get; set; }

    public required string ContextName { get; set; }

    /// <summary>The kubeconfig as Data Protection ciphertext; see <c>KubeconfigProtector</c>.</summary>
    public required string ProtectedKubeconfig { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ClusterStatus Status { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }

    public string? KubernetesVersion { get; set; }

    public int? NodeCount { get; set; }

    public string? LastError { get; set; }

    /// <summary>The sandbox profile this cluster was made from, or null for a user's own cluster.</summary>
    public string? SandboxProfile { get; set; }
}
