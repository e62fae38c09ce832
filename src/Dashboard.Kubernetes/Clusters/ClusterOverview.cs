namespace Dashboard.Kubernetes.Clusters;

/// <summary>What the cluster detail page shows, read live from the cluster.</summary>
public sealed record ClusterOverview(
    string KubernetesVersion,
    IReadOnlyList<NamespaceInfo> Namespaces,
    IReadOnlyList<NodeInfo> Nodes,
    IReadOnlyList<IngressClassInfo> IngressClasses);

public sealed record NamespaceInfo(string Name, string Phase, DateTimeOffset? CreatedAt);

public sealed record NodeInfo(
    string Name,
    IReadOnlyList<string> Roles,
    bool Ready,
    IReadOnlyList<string> InternalIps,
    IReadOnlyList<string> ExternalIps,
    string? KubeletVersion,
    string? ProviderId);

public sealed record IngressClassInfo(string Name, string Controller, bool IsDefault);

/// <summary>The overview, or the reason the cluster could not be read.</summary>
public sealed record ClusterOverviewResult(ClusterOverview? Overview, string? Error);
