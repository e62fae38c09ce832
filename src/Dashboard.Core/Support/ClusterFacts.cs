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
    bool HasUdpServicesConfigMap)
{
    /// <summary>Whether the cluster serves gateway.networking.k8s.io at all (its CRDs are installed).</summary>
    public bool ServesGatewayApi { get; init; }

    public IReadOnlyList<GatewayClassFacts> GatewayClasses { get; init; } = [];

    public IReadOnlyList<GatewayFacts> Gateways { get; init; } = [];
}

public sealed record NodeFacts(
    string Name,
    string? ProviderId,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    IReadOnlyList<string> ExternalIps)
{
    /// <summary><c>status.nodeInfo.kubeletVersion</c> (<c>v1.36.1+rke2r1</c>, <c>v1.36.1+k3s1</c>); null when not read.</summary>
    public string? KubeletVersion { get; init; }
}

public sealed record IngressClassFacts(string Name, string Controller, bool IsDefault);

/// <summary>A Service of type LoadBalancer or an Ingress, with what its <c>status.loadBalancer.ingress</c> holds, in order.</summary>
public sealed record AddressedObject(string Namespace, string Name, string? ClassName, IReadOnlyList<LoadBalancerAddress> Addresses);

/// <summary>One <c>status.loadBalancer.ingress</c> entry: an IP, a DNS name, or (rarely) both.</summary>
public sealed record LoadBalancerAddress(string? Ip, string? Hostname);

/// <summary>A GatewayClass: its controller and whether that controller accepted it (null: no status written yet).</summary>
public sealed record GatewayClassFacts(string Name, string Controller, bool? Accepted);

/// <summary>A Gateway with its <c>status.addresses</c>, in order.</summary>
public sealed record GatewayFacts(string Namespace, string Name, string ClassName, IReadOnlyList<GatewayAddress> Addresses);

/// <summary>One <c>status.addresses[]</c> entry. The type is IPAddress or Hostname, but some controllers write an FQDN as
/// IPAddress, so readers judge the value, not the type.</summary>
public sealed record GatewayAddress(string Type, string Value)
{
    /// <summary>The value is an IP (v4 or v6), whatever the type says: what a generated hostname or an A record needs.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsIp => System.Net.IPAddress.TryParse(Value, out _);
}
