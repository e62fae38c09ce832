using Dashboard.Core.Support;

namespace Dashboard.Kubernetes.Resources;

/// <summary>What a list page asks for: an optional namespace, a search, and a window (Take is clamped to 1..500).</summary>
public sealed record ResourceQuery(string? Namespace = null, string? Search = null, int Skip = 0, int Take = 50);

/// <summary>One window of a sorted, filtered list, with the number of matches before paging.</summary>
public sealed record ResourcePage<T>(IReadOnlyList<T> Items, int Total);

public sealed record ServiceInfo(
    string Namespace,
    string Name,
    string Type,
    string? ClusterIp,
    IReadOnlyList<LoadBalancerAddress> Addresses,
    IReadOnlyList<ServicePortInfo> Ports,
    IReadOnlyDictionary<string, string> Selector,
    DateTimeOffset? CreatedAt)
{
    /// <summary>
    /// Ready and total endpoints, from the Service's EndpointSlices, filled in when read; null for an ExternalName
    /// Service (it has none) or when the cluster does not let the dashboard read EndpointSlices.
    /// </summary>
    public EndpointCounts? Endpoints { get; init; }

    /// <summary>What the endpoints mean for traffic when it needs saying (none ready, no selector, ExternalName); else null.</summary>
    public string? EndpointsNote { get; init; }
}

public sealed record ServicePortInfo(string? Name, int Port, string Protocol, string? TargetPort, int? NodePort);

public sealed record IngressInfo(
    string Namespace,
    string Name,
    string? ClassName,
    IReadOnlyList<string> Hosts,
    IReadOnlyList<LoadBalancerAddress> Addresses,
    IReadOnlyList<IngressPathInfo> Paths,
    IReadOnlyList<string> TlsHosts,
    DateTimeOffset? CreatedAt,
    Hostnames.HostnameState Hostnames);

/// <summary>One routed path. The ingress's default backend, if any, appears with no host, path "/" and type "DefaultBackend".</summary>
public sealed record IngressPathInfo(string? Host, string Path, string PathType, string ServiceName, string? ServicePort)
{
    /// <summary>True for a <c>backend.resource</c> (an object of another kind, not a Service): ServiceName is then that object's name.</summary>
    public bool IsResource { get; init; }
}

public enum CacheState
{
    /// <summary>Not loaded yet: the first lists are running, or nothing has asked for this cluster.</summary>
    Starting,

    /// <summary>Every kind is listed and watched.</summary>
    Ready,

    /// <summary>The cluster stopped answering; reads serve what was last seen, if anything.</summary>
    Unavailable,
}

/// <summary>A cluster's cache state, the sentence that explains an outage, and when the state began.</summary>
public sealed record CacheStatus(CacheState State, string? Error, DateTimeOffset? Since);
