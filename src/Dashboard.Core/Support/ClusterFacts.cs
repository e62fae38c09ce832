namespace Dashboard.Core.Support;

/// <summary>
/// What the dashboard observes on a live cluster, reduced to what provider detection and the support
/// observation need. Built by the Kubernetes layer from its watch caches; the rules here do no I/O.
/// </summary>
public sealed record ClusterFacts(
    IReadOnlyList<NodeFacts> Nodes,
    IReadOnlyList<string> Namespaces,
    IReadOnlyList<IngressClassFacts> IngressClasses,
    IReadOnlyList<AddressedObject> LoadBalancerServices,
    IReadOnlyList<AddressedObject> Ingresses,
    bool HasMetalLbAddressPools,
    bool HasTcpServicesConfigMap,
    bool HasUdpServicesConfigMap);

public sealed record NodeFacts(
    string Name,
    string? ProviderId,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    IReadOnlyList<string> ExternalIps);

public sealed record IngressClassFacts(string Name, string Controller, bool IsDefault);

/// <summary>A Service of type LoadBalancer or an Ingress, with what its <c>status.loadBalancer.ingress</c> holds, in order.</summary>
public sealed record AddressedObject(string Namespace, string Name, string? ClassName, IReadOnlyList<LoadBalancerAddress> Addresses);

/// <summary>One <c>status.loadBalancer.ingress</c> entry: an IP, a DNS name, or (rarely) both.</summary>
public sealed record LoadBalancerAddress(string? Ip, string? Hostname);
