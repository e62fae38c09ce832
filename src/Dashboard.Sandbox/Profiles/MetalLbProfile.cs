using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// Bare metal with MetalLB (kubeadm-style nodes, no cloud providerID): MetalLB in
/// <c>metallb-system</c> with one <c>IPAddressPool</c>, a custom resource served through
/// discovery, from which LoadBalancer Services get their IPs; plus ingress-nginx with node IPs and
/// the tcp/udp ConfigMaps.
/// </summary>
internal static class MetalLbProfile
{
    public const string Namespace = "metallb-system";

    /// <summary>Envoy Gateway's namespace, where it makes a LoadBalancer Service per Gateway.</summary>
    public const string EnvoyGatewayNamespace = "envoy-gateway-system";

    /// <summary>The pool both the initial IPAddressPool and the load balancer behaviour use.</summary>
    public const string PoolRange = "198.51.100.200-198.51.100.250";

    public static SandboxProfile Profile { get; } = new()
    {
        Name = "metallb",
        Nodes = Enumerable.Range(1, 3).Select(i => ClusterObjects.Node(
            $"metal-node-{i}",
            $"10.10.0.{10 + i}",
            $"198.51.100.{19 + i}",
            i == 1 ? new Dictionary<string, string> { ["node-role.kubernetes.io/control-plane"] = string.Empty } : null,
            new Dictionary<string, string>
            {
                ["kubeadm.alpha.kubernetes.io/cri-socket"] = "unix:///var/run/containerd/containerd.sock",
                ["node.alpha.kubernetes.io/ttl"] = "0",
            })).ToList(),
        CustomResources = [ResourceCatalog.IpAddressPools, .. ResourceCatalog.GatewayApi],
        Objects =
        [
            ClusterObjects.Namespace(Namespace),
            IpAddressPool.Create(Namespace, "default-pool", PoolRange),
            .. RkeProfiles.IngressNginxWithLayer4,
            ClusterObjects.Namespace(EnvoyGatewayNamespace),
            ClusterObjects.GatewayClass("eg", "gateway.envoyproxy.io/gatewayclass-controller"),
        ],
        LoadBalancer = LoadBalancerBehaviour.IpFromRange(PoolRange),
        IngressController = IngressControllerBehaviour.EveryNodeExternalIp("nginx"),
        GatewayController = GatewayControllerBehaviour.EnvoyGateway(EnvoyGatewayNamespace),
    };
}
