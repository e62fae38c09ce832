using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// Google GKE in europe-west1-b: the default node pool, the GCE cloud provider giving each
/// LoadBalancer Service an IP of its own, and GKE's ingress controller (class <c>gce</c>) giving
/// an Ingress one routable IP of Google's load balancer (not the node IPs): an A record.
/// </summary>
internal static class GkeProfile
{
    private const string Zone = "europe-west1-b";
    private const string KubeletVersion = "v1.32.2-gke.1182003";
    private const string GkeGatewayController = "networking.gke.io/gateway";

    /// <summary>Where LoadBalancer Services (from the bottom) and Gateways (from the top) get their IPs.</summary>
    private const string LoadBalancerRange = "198.51.100.100-198.51.100.109";
    // In name order, so that listing order (by name) is also address order.
    private static readonly string[] InstanceSuffixes = ["c4tp", "k9xz", "v2mq"];

    public static SandboxProfile Profile { get; } = new()
    {
        Name = "gke",
        KubernetesVersion = KubeletVersion,
        Nodes = Enumerable.Range(0, 3).Select(i =>
        {
            var name = $"gke-sandbox-default-pool-1a2b3c4d-{InstanceSuffixes[i]}";
            return ClusterObjects.Node(
                name,
                $"10.132.0.{2 + i}", // the europe-west1 default subnet
                $"198.51.100.{10 + i}",
                new Dictionary<string, string>
                {
                    ["cloud.google.com/gke-nodepool"] = "default-pool",
                    ["cloud.google.com/gke-os-distribution"] = "cos",
                    ["cloud.google.com/gke-boot-disk"] = "pd-balanced",
                    ["cloud.google.com/gke-container-runtime"] = "containerd",
                    ["cloud.google.com/machine-family"] = "e2",
                    ["node.kubernetes.io/instance-type"] = "e2-standard-4",
                    ["topology.kubernetes.io/region"] = "europe-west1",
                    ["topology.kubernetes.io/zone"] = Zone,
                },
                new Dictionary<string, string> { ["container.googleapis.com/instance_id"] = $"71234567890123456{i}" },
                providerId: $"gce://my-project/{Zone}/{name}",
                kubeletVersion: KubeletVersion,
                osImage: "Container-Optimized OS from Google",
                containerRuntime: "containerd://1.7.24");
        }).ToList(),
        Objects =
        [
            ClusterObjects.IngressClass("gce", "k8s.io/ingress-gce", isDefault: true),
            ClusterObjects.GatewayClass("gke-l7-global-external-managed", GkeGatewayController),
            ClusterObjects.GatewayClass("gke-l7-regional-external-managed", GkeGatewayController),
            ClusterObjects.GatewayClass("gke-l7-rilb", GkeGatewayController),
        ],
        PodNetwork = PodNetwork.PerNode("10.4"), // GKE's default pod range 10.4.0.0/14, a /24 per node
        LoadBalancer = LoadBalancerBehaviour.IpFromRange(LoadBalancerRange),
        IngressController = IngressControllerBehaviour.OneIp("gce", "198.51.100.150"),
        CustomResources = ResourceCatalog.GatewayApi,
        GatewayController = GatewayControllerBehaviour.GkeGatewayController(LoadBalancerRange),
    };
}
