using Dashboard.Core.Providers;

namespace Dashboard.Core.Clusters;

/// <summary>A cluster to register. <paramref name="Kubeconfig"/> must already be sanitised (one context, inline credentials).</summary>
public sealed record NewCluster(
    string Name,
    ProviderKind Provider,
    string ServerUrl,
    string ContextName,
    string Kubeconfig,
    string? SandboxProfile = null,
    ClusterObservation? Observation = null);

/// <summary>The fields a user may edit on a registered cluster; <paramref name="Credentials"/> null keeps the stored kubeconfig.</summary>
public sealed record ClusterEdit(string Name, ProviderKind Provider, ClusterCredentials? Credentials = null);

/// <summary>
/// The outcome of talking to a cluster: reachable with version, node count and the detected kind, or the error.
/// A null <paramref name="DetectedProvider"/> keeps the last detection (an unreachable cluster shows nothing new).
/// </summary>
public sealed record ClusterObservation(
    ClusterStatus Status,
    DateTimeOffset SeenAt,
    string? KubernetesVersion = null,
    int? NodeCount = null,
    string? Error = null,
    ProviderKind? DetectedProvider = null);
