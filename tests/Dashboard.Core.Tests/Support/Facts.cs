using Dashboard.Core.Support;

namespace Dashboard.Core.Tests.Support;

/// <summary>Cluster facts shaped like each platform, for the rule tests.</summary>
internal static class Facts
{
    private static readonly Dictionary<string, string> None = [];

    public static NodeFacts Node(string name, string? providerId = null, Dictionary<string, string>? labels = null, Dictionary<string, string>? annotations = null, params string[] ips) =>
        new(name, providerId, labels ?? None, annotations ?? None, ips);

    public static ClusterFacts Cluster(
        IEnumerable<NodeFacts> nodes, string[]? namespaces = null, IngressClassFacts[]? classes = null,
        AddressedObject[]? services = null, AddressedObject[]? ingresses = null, bool pools = false, bool configMaps = false) =>
        new(nodes.ToArray(), namespaces ?? ["default", "kube-system"], classes ?? [], services ?? [], ingresses ?? [], pools, configMaps, configMaps);

    public static NodeFacts[] Three(Func<int, NodeFacts> node) => [node(1), node(2), node(3)];

    public static AddressedObject Addressed(string name, params LoadBalancerAddress[] addresses) => new("default", name, null, addresses);

    public static LoadBalancerAddress Ip(string ip) => new(ip, null);

    public static LoadBalancerAddress Dns(string name) => new(null, name);

    public static readonly IngressClassFacts Nginx = new("nginx", "k8s.io/ingress-nginx", true);
}
