namespace Dashboard.Kubernetes.Resources;

/// <summary>
/// How many endpoints a Service has and how many of them are ready, from its EndpointSlices (an endpoint in
/// several slices, as with dual-stack, counts once).
/// </summary>
public sealed record EndpointCounts(int Ready, int Total);

/// <summary>One endpoint of a Service: the pod behind it (when the slice names one), its address, node and readiness.</summary>
public sealed record EndpointInfo(string? PodName, string Address, string? NodeName, bool Ready);

/// <summary>A Service with the endpoints behind it; <paramref name="EndpointsProblem"/> says why they cannot be shown, if so.</summary>
public sealed record ServiceDetail(ServiceInfo Service, IReadOnlyList<EndpointInfo> Endpoints, string? EndpointsProblem);

/// <summary>
/// One backend of an Ingress (a rule's path, or the default backend) checked against the cluster: does the
/// Service exist, does it have that port, how many endpoints are ready. <paramref name="Problem"/> is the
/// sentence a platform engineer acts on (the usual causes of a 503), or null when the backend can serve.
/// </summary>
public sealed record IngressBackendCheck(
    IngressPathInfo Path,
    bool ServiceExists,
    bool PortExists,
    EndpointCounts? Endpoints,
    string? Problem);

/// <summary>An Ingress with each backend checked; <paramref name="EndpointsProblem"/> as on <see cref="ServiceDetail"/>.</summary>
public sealed record IngressDetail(IngressInfo Ingress, IReadOnlyList<IngressBackendCheck> Backends, string? EndpointsProblem);
