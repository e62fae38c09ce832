using Dashboard.Core.Providers;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>What a quick connection test found: reachable with version, node count and the detected kind, or why not.</summary>
public sealed record ClusterProbe(bool Reachable, string? KubernetesVersion, int? NodeCount, string? Error, ProviderKind? DetectedProvider = null)
{
    public static ClusterProbe Failed(string error) => new(false, null, null, error);
}
