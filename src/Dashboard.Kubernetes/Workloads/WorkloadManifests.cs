using Dashboard.Core.Workloads;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Workloads;

/// <summary>
/// Drafts (what the wizards and the API take) as the Kubernetes objects that are sent, and their YAML for the
/// wizard's review step. Pure: nothing here talks to a cluster, so the review shows exactly what Create sends.
/// </summary>
public static partial class WorkloadManifests
{
    /// <summary>Marks an ingress whose rules' host is the placeholder the hostname flow later replaces.</summary>
    public const string HostnameAnnotation = "dashboard.io/hostname";

    public const string HostnameGenerate = "generate";

    /// <summary>The hosts the dashboard generated (comma-separated): only these are ever regenerated, and the wizard shows them as Generate rules.</summary>
    public const string GeneratedHostsAnnotation = "dashboard.io/generated-hosts";

    public static V1Service ToService(ServiceDraft draft)
    {
        var externalName = draft.Type == ServiceKind.ExternalName;
        var exposesNodePorts = draft.Type is ServiceKind.NodePort or ServiceKind.LoadBalancer;
        return new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = new V1ObjectMeta { Name = draft.Name, NamespaceProperty = draft.Namespace, Labels = ToMap(draft.Labels) },
            Spec = new V1ServiceSpec
            {
                // Headless is not a type of its own: a ClusterIP Service that asks for no cluster IP.
                Type = draft.Type == ServiceKind.Headless ? "ClusterIP" : draft.Type.ToString(),
                ClusterIP = draft.Type == ServiceKind.Headless ? "None" : null,
                ExternalName = externalName ? draft.ExternalName : null,
                // An ExternalName Service is a DNS alias: a selector would make no sense there.
                Selector = externalName ? null : ToMap(draft.Selector),
                Ports = draft.Ports.Count == 0 ? null : draft.Ports.Select(p => ToPort(p, exposesNodePorts)).ToList(),
            },
        };
    }

    /// <summary>Serialises as <c>kubectl get -o yaml</c> would show it.</summary>
    public static string ToYaml(object manifest) => KubernetesYaml.Serialize(manifest);

    private static V1ServicePort ToPort(ServicePortDraft port, bool exposesNodePorts) => new()
    {
        Name = string.IsNullOrWhiteSpace(port.Name) ? null : port.Name.Trim(),
        Port = port.Port,
        Protocol = port.Protocol,
        TargetPort = ToTargetPort(port),
        // Only when asked for: otherwise the cluster picks one from its node port range.
        NodePort = exposesNodePorts ? port.NodePort : null,
    };

    /// <summary>A number stays a number and a container port name stays a string, as the API distinguishes them.</summary>
    private static IntOrString ToTargetPort(ServicePortDraft port)
    {
        var target = port.TargetPort?.Trim();
        if (string.IsNullOrEmpty(target))
            return port.Port;
        return int.TryParse(target, out var number) ? number : target;
    }

    /// <summary>Null rather than empty, so the YAML does not show <c>labels: {}</c>.</summary>
    internal static Dictionary<string, string>? ToMap(IEnumerable<KeyValueDraft> pairs)
    {
        var map = new Dictionary<string, string>();
        foreach (var pair in pairs.Where(p => !string.IsNullOrWhiteSpace(p.Key)))
            map[pair.Key.Trim()] = pair.Value;
        return map.Count == 0 ? null : map;
    }
}
