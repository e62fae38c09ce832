namespace Dashboard.Kubernetes.Resources;

/// <summary>
/// What a draft is checked against: every Service of one namespace (its backends) and every node port in use in the
/// whole cluster, read from the watch cache without a page limit.
/// </summary>
public sealed record NamespaceServices(IReadOnlyList<ServiceInfo> Services, IReadOnlySet<int> NodePortsInUse);
