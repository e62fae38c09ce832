namespace Dashboard.Kubernetes.Clusters;

/// <summary>What a quick connection test found: reachable with version and node count, or why not.</summary>
public sealed record ClusterProbe(bool Reachable, string? KubernetesVersion, int? NodeCount, string? Error)
{
    public static ClusterProbe Failed(string error) => new(false, null, null, error);
}
