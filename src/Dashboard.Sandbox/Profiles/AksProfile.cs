using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// Azure AKS in westeurope: one scale set (nodepool1) with node public IPs, the Azure cloud
/// provider giving each LoadBalancer Service an IP, and no ingress controller at all (the
/// support matrix: L7 not supported), so no IngressClass and Ingresses never get an address.
/// </summary>
internal static class AksProfile
{
    private const string ScaleSet = "aks-nodepool1-12345678-vmss";
    private const string NodeResourceGroup = "MC_rg_aks_westeurope";

    public static SandboxProfile Profile { get; } = new()
    {
        Name = "aks",
        KubernetesVersion = "v1.32.3",
        Nodes = Enumerable.Range(0, 3).Select(i => ClusterObjects.Node(
            $"{ScaleSet}00000{i}",
            $"10.224.0.{4 + i}", // AKS's default node subnet
            $"192.0.2.{20 + i}",
            new Dictionary<string, string>
            {
                ["kubernetes.azure.com/cluster"] = NodeResourceGroup,
                ["kubernetes.azure.com/agentpool"] = "nodepool1",
                ["kubernetes.azure.com/mode"] = "system",
                ["kubernetes.azure.com/role"] = "agent",
                ["kubernetes.azure.com/os-sku"] = "Ubuntu",
                ["kubernetes.azure.com/node-image-version"] = "AKSUbuntu-2204gen2containerd-202504.16.0",
                ["agentpool"] = "nodepool1",
                ["kubernetes.io/role"] = "agent",
                ["node.kubernetes.io/instance-type"] = "Standard_D4s_v5",
                ["topology.kubernetes.io/region"] = "westeurope",
                ["topology.kubernetes.io/zone"] = $"westeurope-{i + 1}",
            },
            providerId: "azure:///subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/"
                + $"mc_rg_aks_westeurope/providers/Microsoft.Compute/virtualMachineScaleSets/{ScaleSet}/virtualMachines/{i}",
            kubeletVersion: "v1.32.3",
            containerRuntime: "containerd://1.7.27-1")).ToList(),
        LoadBalancer = LoadBalancerBehaviour.IpFromRange("192.0.2.100-192.0.2.109"),
        IngressController = IngressControllerBehaviour.None,
        Objects = [ClusterObjects.GatewayClass("azure-alb-external", "alb.networking.azure.io/alb-controller")],
        CustomResources = ResourceCatalog.GatewayApi,
        GatewayController = GatewayControllerBehaviour.AzureAlbController,
    };
}
