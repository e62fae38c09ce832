using Dashboard.Core.Providers;

namespace Dashboard.Core.Clusters;

/// <summary>A registered cluster as the UI and API see it. Never carries the kubeconfig.</summary>
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
    string? SandboxProfile);

/// <summary>What the dashboard last saw when it talked to a cluster.</summary>
public enum ClusterStatus
{
    Unknown = 0,
    Reachable = 1,
    Unreachable = 2,
}
