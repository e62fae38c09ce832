using k8s.Models;

namespace Dashboard.Sandbox.Profiles;

/// <summary>Builders for the typed objects a profile starts with, so a profile reads as data.</summary>
internal static class ClusterObjects
{
    public const string DefaultKubernetesVersion = "v1.32.4";

    /// <summary>A Ready linux/amd64 node with the usual labels plus <paramref name="labels"/>.</summary>
    public static V1Node Node(
        string name,
        string internalIp,
        string? externalIp,
        IReadOnlyDictionary<string, string>? labels = null,
        IReadOnlyDictionary<string, string>? annotations = null,
        string? providerId = null,
        string kubeletVersion = DefaultKubernetesVersion,
        string osImage = "Ubuntu 22.04.5 LTS",
        string containerRuntime = "containerd://1.7.27")
    {
        var allLabels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["beta.kubernetes.io/arch"] = "amd64",
            ["beta.kubernetes.io/os"] = "linux",
            ["kubernetes.io/arch"] = "amd64",
            ["kubernetes.io/hostname"] = name,
            ["kubernetes.io/os"] = "linux",
        };
        foreach (var (key, value) in labels ?? new Dictionary<string, string>())
        {
            allLabels[key] = value;
        }

        var addresses = new List<V1NodeAddress> { new() { Type = "InternalIP", Address = internalIp } };
        if (externalIp is not null)
        {
            addresses.Add(new V1NodeAddress { Type = "ExternalIP", Address = externalIp });
        }

        addresses.Add(new V1NodeAddress { Type = "Hostname", Address = name });
        var capacity = new Dictionary<string, ResourceQuantity>
        {
            ["cpu"] = new("4"),
            ["ephemeral-storage"] = new("101430960Ki"),
            ["memory"] = new("16374436Ki"),
            ["pods"] = new("110"),
        };
        return new V1Node
        {
            ApiVersion = "v1",
            Kind = "Node",
            Metadata = new V1ObjectMeta
            {
                Name = name,
                Labels = allLabels,
                Annotations = annotations?.ToDictionary(pair => pair.Key, pair => pair.Value),
            },
            Spec = new V1NodeSpec { ProviderID = providerId },
            Status = new V1NodeStatus
            {
                Addresses = addresses,
                Capacity = capacity,
                Allocatable = capacity,
                Conditions =
                [
                    Condition("MemoryPressure", "False", "KubeletHasSufficientMemory"),
                    Condition("DiskPressure", "False", "KubeletHasNoDiskPressure"),
                    Condition("PIDPressure", "False", "KubeletHasSufficientPID"),
                    Condition("Ready", "True", "KubeletReady"),
                ],
                NodeInfo = new V1NodeSystemInfo
                {
                    Architecture = "amd64",
                    BootID = Guid.NewGuid().ToString(),
                    ContainerRuntimeVersion = containerRuntime,
                    KernelVersion = "5.15.0-131-generic",
                    KubeProxyVersion = kubeletVersion,
                    KubeletVersion = kubeletVersion,
                    MachineID = Guid.NewGuid().ToString("N"),
                    OperatingSystem = "linux",
                    OsImage = osImage,
                    SystemUUID = Guid.NewGuid().ToString(),
                },
            },
        };
    }

    public static V1Namespace Namespace(string name) =>
        new() { ApiVersion = "v1", Kind = "Namespace", Metadata = new V1ObjectMeta { Name = name } };

    public static V1ConfigMap ConfigMap(string ns, string name, IDictionary<string, string>? data = null) =>
        new() { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns }, Data = data };

    public static V1IngressClass IngressClass(string name, string controller, bool isDefault) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "IngressClass",
        Metadata = new V1ObjectMeta
        {
            Name = name,
            Annotations = isDefault ? new Dictionary<string, string> { ["ingressclass.kubernetes.io/is-default-class"] = "true" } : null,
        },
        Spec = new V1IngressClassSpec { Controller = controller },
    };

    /// <summary>A GatewayClass a platform installs with its Gateway API controller.</summary>
    public static CustomObject GatewayClass(string name, string controllerName, string? description = null)
    {
        var spec = new System.Text.Json.Nodes.JsonObject { ["controllerName"] = controllerName };
        if (description is not null)
        {
            spec["description"] = description;
        }

        return CustomObject.Create("gateway.networking.k8s.io/v1", "GatewayClass", null, name, spec);
    }

    private static V1NodeCondition Condition(string type, string status, string reason) => new()
    {
        Type = type,
        Status = status,
        Reason = reason,
        Message = reason == "KubeletReady" ? "kubelet is posting ready status" : $"kubelet has {reason[9..]}",
        LastHeartbeatTime = DateTime.UtcNow,
        LastTransitionTime = DateTime.UtcNow,
    };
}
