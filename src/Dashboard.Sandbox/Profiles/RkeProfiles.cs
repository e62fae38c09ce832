using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// Rancher Kubernetes Engine clusters: nodes labelled and annotated the RKE way, ingress-nginx
/// (class <c>nginx</c>, default) exposing every node's external IP, and its
/// <c>tcp-services</c>/<c>udp-services</c> ConfigMaps for Layer-4 through the ingress controller.
/// rke-ec2, rke-digitalocean and rke-vsphere differ only in providerID and LoadBalancer behaviour.
/// </summary>
internal static class RkeProfiles
{
    public const string NginxNamespace = "ingress-nginx";

    /// <summary>The ingress-nginx that RKE installs.</summary>
    public static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> IngressNginx { get; } =
    [
        ClusterObjects.Namespace(NginxNamespace),
        ClusterObjects.ConfigMap(NginxNamespace, "tcp-services"),
        ClusterObjects.ConfigMap(NginxNamespace, "udp-services"),
        ClusterObjects.IngressClass("nginx", "k8s.io/ingress-nginx", isDefault: true),
    ];

    // Declared after IngressNginx: static initializers run in textual order.
    public static SandboxProfile Custom { get; } = new()
    {
        Name = "rke-custom",
        Nodes = Nodes("rke-custom-node", providerIdPrefix: null),
        Objects = IngressNginx,
        LoadBalancer = LoadBalancerBehaviour.Pending,
        IngressController = IngressControllerBehaviour.EveryNodeExternalIp("nginx"),
    };

    /// <summary>
    /// Three nodes: the first runs the control plane and etcd, all three are workers.
    /// InternalIPs 10.0.0.11–13, ExternalIPs 203.0.113.10–12 (TEST-NET-3: never routed).
    /// </summary>
    public static IReadOnlyList<V1Node> Nodes(string namePrefix, string? providerIdPrefix) =>
        Enumerable.Range(1, 3).Select(i =>
        {
            var name = $"{namePrefix}-{i}";
            var internalIp = $"10.0.0.{10 + i}";
            var externalIp = $"203.0.113.{9 + i}";
            var labels = new Dictionary<string, string> { ["node-role.kubernetes.io/worker"] = "true" };
            if (i == 1)
            {
                labels["node-role.kubernetes.io/controlplane"] = "true";
                labels["node-role.kubernetes.io/etcd"] = "true";
            }

            var annotations = new Dictionary<string, string>
            {
                ["rke.cattle.io/external-ip"] = externalIp,
                ["rke.cattle.io/internal-ip"] = internalIp,
                ["node.alpha.kubernetes.io/ttl"] = "0",
            };
            return ClusterObjects.Node(name, internalIp, externalIp, labels, annotations,
                providerIdPrefix is null ? null : $"{providerIdPrefix}{name}",
                containerRuntime: "docker://26.1.5");
        }).ToList();
}
