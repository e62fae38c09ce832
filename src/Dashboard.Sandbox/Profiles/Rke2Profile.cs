using System.Text.Json.Nodes;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// RKE2 1.36 on three hosts (the first a server): Traefik is the ingress controller (class <c>traefik</c>,
/// default), a DaemonSet with host ports, so an Ingress or Gateway gets the nodes' external IPs. The Traefik
/// chart ships the Gateway API CRDs but its Gateway provider is off until a HelmChartConfig
/// <c>kube-system/rke2-traefik</c> turns on <c>providers.kubernetesGateway.enabled</c>; then the class
/// <c>traefik</c> appears. ServiceLB is off: a LoadBalancer Service stays pending.
/// </summary>
internal static class Rke2Profile
{
    public const string KubeletVersion = "v1.36.2+rke2r1";

    public const string TraefikChart = "rke2-traefik";

    public static SandboxProfile Profile { get; } = new()
    {
        Name = "rke2",
        KubernetesVersion = KubeletVersion,
        Nodes = DistributionNodes.Create("rke2", "rke2-node", "10.50.0", "203.0.113", 51, KubeletVersion, "containerd://2.1.4-k3s1",
            ["server", "--cni", "canal", "--ingress-controller", "traefik"]),
        CustomResources = [.. ResourceCatalog.GatewayApi, .. ResourceCatalog.RancherHelm],
        Objects =
        [
            ClusterObjects.IngressClass("traefik", "traefik.io/ingress-controller", isDefault: true),
            Chart("rke2-canal"),
            Chart("rke2-coredns"),
            Chart("rke2-metrics-server"),
            Chart("rke2-traefik-crd"),
            Chart(TraefikChart),
        ],
        PodNetwork = PodNetwork.PerNode("10.42"),
        LoadBalancer = LoadBalancerBehaviour.Pending,
        IngressController = IngressControllerBehaviour.EveryNodeExternalIp("traefik"),
        GatewayController = GatewayControllerBehaviour.TraefikOnNodes(TraefikChart),
    };

    /// <summary>A chart RKE2 packages (its content inline in the real object, left out here).</summary>
    private static CustomObject Chart(string name) => CustomObject.Create(
        "helm.cattle.io/v1", "HelmChart", "kube-system", name,
        new JsonObject { ["bootstrap"] = name is "rke2-canal" or "rke2-coredns", ["targetNamespace"] = "kube-system" });
}
