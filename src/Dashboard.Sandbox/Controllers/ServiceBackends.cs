using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// The pods a Service selects, from their status alone: a podIP (IPv4), not Succeeded or Failed,
/// ready when the Ready condition is True; each Service port resolved as podutil.FindPort does.
/// </summary>
internal static class ServiceBackends
{
    public const string ZoneLabel = "topology.kubernetes.io/zone";

    public static IReadOnlyDictionary<string, string> Selector(JsonObject service) => service.Spec().StringMap("selector");

    /// <summary>Services the endpoint controllers manage: a selector, and not ExternalName (kubernetes/kubernetes#105986).</summary>
    public static bool IsManaged(JsonObject service) =>
        Selector(service).Count > 0 && service.Spec().StringAt("type") != "ExternalName";

    public static IReadOnlyList<Backend> Of(JsonObject service, IStoreReader store)
    {
        var selector = Selector(service);
        var backends = new List<Backend>();
        var nodes = new Dictionary<string, JsonObject?>(StringComparer.Ordinal);
        foreach (var pod in store.List(ResourceCatalog.Pods, service.Namespace()))
        {
            var labels = pod.Labels();
            if (!selector.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value) || Ip(pod) is not { } ip
                || pod.Status().StringAt("phase") is "Succeeded" or "Failed")
            {
                continue;
            }

            var nodeName = pod.Spec().StringAt("nodeName") ?? string.Empty;
            if (!nodes.TryGetValue(nodeName, out var node))
            {
                node = nodeName.Length == 0 ? null : store.Get(ResourceCatalog.Nodes, string.Empty, nodeName);
                nodes[nodeName] = node;
            }

            var zone = node?.Labels().GetValueOrDefault(ZoneLabel);
            backends.Add(new Backend(pod, ip, IsReady(pod), OwnerReferences.IsBeingDeleted(pod), nodeName, string.IsNullOrEmpty(zone) ? null : zone, Hostname(pod, service), Ports(service, pod)));
        }

        return backends.OrderBy(b => b.Pod.Name(), StringComparer.Ordinal).ToList();
    }

    public static bool IsReady(JsonObject pod) =>
        pod.Status().ArrayAt("conditions").Objects().Any(c => c.StringAt("type") == "Ready" && c.StringAt("status") == "True");

    public static bool IsHeadless(JsonObject service) => service.Spec().StringAt("clusterIP") == "None";

    /// <summary>getEndpointPorts: every Service port the pod can serve; an unresolvable named port is left out.</summary>
    private static List<BackendPort> Ports(JsonObject service, JsonObject pod)
    {
        var ports = new List<BackendPort>();
        foreach (var port in service.Spec().ArrayAt("ports").Objects())
        {
            var protocol = port.StringAt("protocol") ?? "TCP";
            var number = port["targetPort"] is { } target && JsonNodes.AsString(target) is { } name
                ? NamedPort(pod, name, protocol)
                : JsonNodes.AsLong(port["targetPort"]) ?? port.LongAt("port");
            if (number is { } resolved)
            {
                ports.Add(new BackendPort(port.StringAt("name") ?? string.Empty, protocol, resolved, port.StringAt("appProtocol")));
            }
        }

        return ports;
    }

    /// <summary>The container port of that name and protocol, sidecar init containers included.</summary>
    private static long? NamedPort(JsonObject pod, string name, string protocol)
    {
        var containers = pod.Spec().ArrayAt("containers").Objects()
            .Concat(pod.Spec().ArrayAt("initContainers").Objects().Where(c => c.StringAt("restartPolicy") == "Always"));
        return containers
            .SelectMany(c => c.ArrayAt("ports").Objects())
            .Where(p => p.StringAt("name") == name && (p.StringAt("protocol") ?? "TCP") == protocol)
            .Select(p => p.LongAt("containerPort"))
            .FirstOrDefault(p => p is not null);
    }

    private static string? Ip(JsonObject pod)
    {
        var candidates = new[] { pod.Status().StringAt("podIP") }
            .Concat(pod.Status().ArrayAt("podIPs").Objects().Select(p => p.StringAt("ip")));
        return candidates.FirstOrDefault(ip => IPAddress.TryParse(ip, out var address) && address.AddressFamily == AddressFamily.InterNetwork);
    }

    /// <summary>ShouldSetHostname: a pod with a hostname in the subdomain named after the Service.</summary>
    private static string? Hostname(JsonObject pod, JsonObject service) =>
        pod.Spec().StringAt("hostname") is { Length: > 0 } hostname && pod.Spec().StringAt("subdomain") == service.Name() ? hostname : null;
}
