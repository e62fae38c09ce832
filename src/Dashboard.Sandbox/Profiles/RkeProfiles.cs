using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// Rancher Kubernetes Engine clusters: nodes labelled and annotated the RKE way, and ingress-nginx
/// (class <c>nginx</c>, default) exposing every node's external IP. Where L4 is "limited" in the
/// support matrix, ingress-nginx's <c>tcp-services</c>/<c>udp-services</c> ConfigMaps are the way
/// to expose TCP and UDP. The variants differ in their hosts (providerID, cloud labels) and in
/// what a LoadBalancer Service gets.
/// </summary>
internal static class RkeProfiles
{
    public const string NginxNamespace = "ingress-nginx";

    /// <summary>The ingress-nginx that RKE installs: its namespace and its default class.</summary>
    public static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> IngressNginx { get; } =
    [
        ClusterObjects.Namespace(NginxNamespace),
        ClusterObjects.IngressClass("nginx", "k8s.io/ingress-nginx", isDefault: true),
    ];

    /// <summary>ingress-nginx plus the ConfigMaps that expose TCP/UDP Services through it, one key per port.</summary>
    public static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> IngressNginxWithLayer4 { get; } =
    [
        ClusterObjects.Namespace(NginxNamespace),
        ClusterObjects.ConfigMap(NginxNamespace, "tcp-services"),
        ClusterObjects.ConfigMap(NginxNamespace, "udp-services"),
        ClusterObjects.IngressClass("nginx", "k8s.io/ingress-nginx", isDefault: true),
    ];

    /// <summary>RKE's canal (flannel) network: cluster CIDR 10.42.0.0/16, a /24 per node.</summary>
    public static PodNetwork CanalPods { get; } = PodNetwork.PerNode("10.42");

    // Declared after the object lists: static initializers run in textual order.

    /// <summary>With the AWS cloud provider: nodes named after their private DNS names, ELB for LoadBalancer Services.</summary>
    public static SandboxProfile Ec2 { get; } = new()
    {
        Name = "rke-ec2",
        Nodes = Nodes(Enumerable.Range(1, 3).Select(i => new RkeHost(
            $"ip-10-0-1-{10 + i}.eu-west-1.compute.internal", $"10.0.1.{10 + i}", $"203.0.113.{19 + i}",
            $"aws:///eu-west-1a/i-0def{i}7a1c0e4b9d28",
            new Dictionary<string, string>
            {
                ["node.kubernetes.io/instance-type"] = "t3.xlarge",
                ["topology.kubernetes.io/region"] = "eu-west-1",
                ["topology.kubernetes.io/zone"] = "eu-west-1a",
            }))),
        Objects = IngressNginx,
        PodNetwork = CanalPods,
        LoadBalancer = LoadBalancerBehaviour.DnsName("eu-west-1.elb.amazonaws.com"),
        IngressController = IngressControllerBehaviour.EveryNodeExternalIp("nginx"),
    };

    /// <summary>Droplets: no cloud controller for Services, so LoadBalancers stay pending.</summary>
    public static SandboxProfile DigitalOcean { get; } = new()
    {
        Name = "rke-digitalocean",
        Nodes = Nodes(Enumerable.Range(1, 3).Select(i => new RkeHost(
            $"rke-do-node-{i}", $"10.110.0.{1 + i}", $"203.0.113.{29 + i}", $"digitalocean://41234567{i}"))),
        Objects = IngressNginxWithLayer4,
        PodNetwork = CanalPods,
        LoadBalancer = LoadBalancerBehaviour.Pending,
        IngressController = IngressControllerBehaviour.EveryNodeExternalIp("nginx"),
    };

    /// <summary>vSphere VMs (providerID is the VM's BIOS UUID): no load balancer either.</summary>
    public static SandboxProfile Vsphere { get; } = new()
    {
        Name = "rke-vsphere",
        Nodes = Nodes(Enumerable.Range(1, 3).Select(i => new RkeHost(
            $"rke-vsphere-node-{i}", $"10.20.0.{10 + i}", $"203.0.113.{39 + i}", $"vsphere://4230{i}b7e-5c1d-8f3a-92e4-6d0c7b1a3f5{i}"))),
        Objects = IngressNginxWithLayer4,
        PodNetwork = CanalPods,
        LoadBalancer = LoadBalancerBehaviour.Pending,
        IngressController = IngressControllerBehaviour.EveryNodeExternalIp("nginx"),
    };

    /// <summary>Custom (bare-metal) hosts: no providerID, no load balancer.</summary>
    public static SandboxProfile Custom { get; } = new()
    {
        Name = "rke-custom",
        Nodes = Nodes(Enumerable.Range(1, 3).Select(i => new RkeHost($"rke-custom-node-{i}", $"10.0.0.{10 + i}", $"203.0.113.{9 + i}"))),
        Objects = IngressNginxWithLayer4,
        PodNetwork = CanalPods,
        LoadBalancer = LoadBalancerBehaviour.Pending,
        IngressController = IngressControllerBehaviour.EveryNodeExternalIp("nginx"),
    };

    /// <summary>
    /// RKE nodes: the first runs the control plane and etcd, all are workers; the docker runtime
    /// and the <c>rke.cattle.io</c> address annotations RKE writes.
    /// </summary>
    public static IReadOnlyList<V1Node> Nodes(IEnumerable<RkeHost> hosts) =>
        hosts.Select((host, index) =>
        {
            var labels = new Dictionary<string, string>(host.CloudLabels ?? new Dictionary<string, string>())
            {
                ["node-role.kubernetes.io/worker"] = "true",
            };
            if (index == 0)
            {
                labels["node-role.kubernetes.io/controlplane"] = "true";
                labels["node-role.kubernetes.io/etcd"] = "true";
            }

            var annotations = new Dictionary<string, string>
            {
                ["rke.cattle.io/external-ip"] = host.ExternalIp,
                ["rke.cattle.io/internal-ip"] = host.InternalIp,
                ["node.alpha.kubernetes.io/ttl"] = "0",
            };
            return ClusterObjects.Node(host.Name, host.InternalIp, host.ExternalIp, labels, annotations, host.ProviderId,
                containerRuntime: "docker://26.1.5");
        }).ToList();
}

/// <summary>What differs between the hosts of RKE clusters.</summary>
internal sealed record RkeHost(
    string Name,
    string InternalIp,
    string ExternalIp,
    string? ProviderId = null,
    IReadOnlyDictionary<string, string>? CloudLabels = null);
