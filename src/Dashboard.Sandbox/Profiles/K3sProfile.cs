using System.Text.Json.Nodes;
using Dashboard.Sandbox.Resources;
using k8s.Models;

namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// K3s 1.36 on three hosts (the first a server): Traefik v3 (class <c>traefik</c>, default) behind its
/// LoadBalancer Service <c>kube-system/traefik</c>, which ServiceLB gives the nodes' IPs; so does every other
/// LoadBalancer Service, unless one already holds its port. Traefik's Gateway provider is off until a
/// HelmChartConfig <c>kube-system/traefik</c> turns on <c>providers.kubernetesGateway.enabled</c>; then the
/// class <c>traefik</c> appears and its Gateways get Traefik's Service IPs.
/// </summary>
internal static class K3sProfile
{
    public const string KubeletVersion = "v1.36.2+k3s1";

    public const string TraefikChart = "traefik";

    public static SandboxProfile Profile { get; } = new()
    {
        Name = "k3s",
        KubernetesVersion = KubeletVersion,
        Nodes = DistributionNodes.Create("k3s", "k3s-node", "10.60.0", "203.0.113", 61, KubeletVersion, "containerd://2.1.4-k3s1",
            ["server", "--cluster-init"]),
        CustomResources = [.. ResourceCatalog.GatewayApi, .. ResourceCatalog.RancherHelm],
        Objects =
        [
            ClusterObjects.IngressClass("traefik", "traefik.io/ingress-controller", isDefault: true),
            Chart("traefik-crd", "traefik-crd-37.1.1+up37.1.0.tgz"),
            Chart(TraefikChart, "traefik-37.1.1+up37.1.0.tgz"),
            TraefikService(),
        ],
        PodNetwork = PodNetwork.PerNode("10.42"),
        LoadBalancer = LoadBalancerBehaviour.ServiceLb,
        IngressController = IngressControllerBehaviour.EveryNodeExternalIp("traefik"),
        GatewayController = GatewayControllerBehaviour.TraefikBehindService(TraefikChart, "traefik"),
    };

    /// <summary>A chart K3s deploys from its own static files.</summary>
    private static CustomObject Chart(string name, string file) => CustomObject.Create(
        "helm.cattle.io/v1", "HelmChart", "kube-system", name,
        new JsonObject { ["chart"] = $"https://%{{KUBERNETES_API}}%/static/charts/{file}", ["targetNamespace"] = "kube-system" });

    private static V1Service TraefikService() => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = new V1ObjectMeta
        {
            Name = "traefik",
            NamespaceProperty = "kube-system",
            Labels = new Dictionary<string, string>
            {
                ["app.kubernetes.io/instance"] = "traefik-kube-system",
                ["app.kubernetes.io/managed-by"] = "Helm",
                ["app.kubernetes.io/name"] = "traefik",
            },
        },
        Spec = new V1ServiceSpec
        {
            Type = "LoadBalancer",
            Selector = new Dictionary<string, string> { ["app.kubernetes.io/instance"] = "traefik-kube-system", ["app.kubernetes.io/name"] = "traefik" },
            Ports =
            [
                new V1ServicePort { Name = "web", Port = 80, Protocol = "TCP", TargetPort = "web" },
                new V1ServicePort { Name = "websecure", Port = 443, Protocol = "TCP", TargetPort = "websecure" },
            ],
        },
    };
}
