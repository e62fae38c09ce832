using Dashboard.Core.Providers;

namespace Dashboard.Core.Clusters;

/// <summary>
/// A registered cluster as the UI and API see it. Never carries the kubeconfig. <paramref name="Provider"/> is the
/// user's choice, <paramref name="DetectedProvider"/> what the cluster itself showed when it last answered.
/// </summary>
public sealed record ClusterSummary(
    Guid Id,
    string Name,
    ProviderKind Provider,
    string ServerUrl,
    string ContextName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    ClusterStatus Status,
    DateTimeOffset? LastSeenAt,
    string? KubernetesVersion,
    int? NodeCount,
    string? LastError,
    string? SandboxProfile,
    ProviderKind DetectedProvider = ProviderKind.Unknown)
{
    /// <summary>The user's choice when there is one, else the detected kind: what the list, the header and the matrix show.</summary>
    public ProviderKind EffectiveProvider => Provider != ProviderKind.Unknown ? Provider : DetectedProvider;

    /// <summary>True when the shown kind was detected rather than chosen.</summary>
    public bool ProviderIsDetected => Provider == ProviderKind.Unknown && DetectedProvider != ProviderKind.Unknown;

    /// <summary>The user chose one kind and the cluster looks like another.</summary>
    public bool ProviderMismatch => Provider != ProviderKind.Unknown && DetectedProvider != ProviderKind.Unknown && Provider != DetectedProvider;
}

/// <summary>What the dashboard last saw when it talked to a cluster.</summary>
public enum ClusterStatus
{
    Unknown = 0,
    Reachable = 1,
    Unreachable = 2,
}
