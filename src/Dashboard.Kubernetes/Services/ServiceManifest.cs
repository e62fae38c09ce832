using Dashboard.Core.Services;
using Dashboard.Kubernetes.Changes;
using k8s.Models;

namespace Dashboard.Kubernetes.Services;

/// <summary>
/// A Service draft (what the wizard and the API take) as the object that is sent. Pure: nothing here talks to a
/// cluster, so the wizard's review shows exactly what Create sends.
/// </summary>
public static class ServiceManifest
{
    public static V1Service From(ServiceDraft draft)
    {
        var externalName = draft.Type == ServiceKind.ExternalName;
        var exposesNodePorts = draft.Type is ServiceKind.NodePort or ServiceKind.LoadBalancer;
        return new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = new V1ObjectMeta { Name = draft.Name, NamespaceProperty = draft.Namespace, Labels = ManifestYaml.ToMap(draft.Labels) },
            Spec = new V1ServiceSpec
            {
                // Headless is not a type of its own: a ClusterIP Service that asks for no cluster IP.
                Type = draft.Type == ServiceKind.Headless ? "ClusterIP" : draft.Type.ToString(),
                ClusterIP = draft.Type == ServiceKind.Headless ? "None" : null,
                ExternalName = externalName ? draft.ExternalName : null,
                // An ExternalName Service is a DNS alias: a selector would make no sense there.
                Selector = externalName ? null : ManifestYaml.ToMap(draft.Selector),
                Ports = draft.Ports.Count == 0 ? null : draft.Ports.Select(p => ToPort(p, exposesNodePorts)).ToList(),
            },
        };
    }

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
}
