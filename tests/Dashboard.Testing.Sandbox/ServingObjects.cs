using k8s;
using k8s.Models;

namespace Dashboard.Tests.Serving;

/// <summary>
/// What the cluster's controllers write for a running workload, written by the tests through KubernetesClient:
/// pods made Running and Ready through the status subresource, a Service's EndpointSlice (with the
/// <c>kubernetes.io/service-name</c> label), and core/v1 Events about an object..
/// </summary>
public static class ServingObjects
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>One endpoint of a slice: <paramref name="Ready"/> null leaves <c>conditions.ready</c> out.</summary>
    public sealed record Endpoint(string Pod, string Ip, string Node, bool? Ready);

    public static async Task<V1Pod> CreateRunningPodAsync(this IKubernetes client, string ns, string name, IDictionary<string, string> labels, string ip, bool ready = true)
    {
        var pod = await client.CoreV1.CreateNamespacedPodAsync(new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = name, Labels = labels },
            Spec = new V1PodSpec { Containers = [new V1Container { Name = "main", Image = "nginx:1.27" }], NodeName = "node-1" },
        }, ns, cancellationToken: Cancel);
        pod.Status = new V1PodStatus
        {
            Phase = "Running",
            PodIP = ip,
            PodIPs = [new V1PodIP { Ip = ip }],
            Conditions = [new V1PodCondition { Type = "Ready", Status = ready ? "True" : "False" }],
        };
        return await client.CoreV1.ReplaceNamespacedPodStatusAsync(pod, name, ns, cancellationToken: Cancel);
    }

    public static Task<V1EndpointSlice> CreateSliceAsync(this IKubernetes client, string ns, string service, string name, params Endpoint[] endpoints) =>
        client.DiscoveryV1.CreateNamespacedEndpointSliceAsync(Slice(service, name, endpoints), ns, cancellationToken: Cancel);

    /// <summary>The slice as the controller rewrites it when a pod's readiness changes.</summary>
    public static async Task<V1EndpointSlice> ReplaceSliceAsync(this IKubernetes client, string ns, string service, string name, params Endpoint[] endpoints)
    {
        var live = await client.DiscoveryV1.ReadNamespacedEndpointSliceAsync(name, ns, cancellationToken: Cancel);
        var next = Slice(service, name, endpoints);
        next.Metadata.ResourceVersion = live.Metadata.ResourceVersion;
        return await client.DiscoveryV1.ReplaceNamespacedEndpointSliceAsync(next, name, ns, cancellationToken: Cancel);
    }

    public static Task<Corev1Event> CreateEventAsync(
        this IKubernetes client, string ns, string name, string kind, string about, string type, string reason, string message,
        DateTime lastSeen, int count = 1, string component = "service-controller") =>
        client.CoreV1.CreateNamespacedEventAsync(new Corev1Event
        {
            Metadata = new V1ObjectMeta { Name = name },
            InvolvedObject = new V1ObjectReference { Kind = kind, NamespaceProperty = ns, Name = about, ApiVersion = kind == "Ingress" ? "networking.k8s.io/v1" : "v1" },
            Type = type,
            Reason = reason,
            Message = message,
            Count = count,
            FirstTimestamp = lastSeen.AddMinutes(-count + 1),
            LastTimestamp = lastSeen,
            Source = new V1EventSource { Component = component },
        }, ns, cancellationToken: Cancel);

    private static V1EndpointSlice Slice(string service, string name, Endpoint[] endpoints) => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = name,
            Labels = new Dictionary<string, string> { ["kubernetes.io/service-name"] = service, ["endpointslice.kubernetes.io/managed-by"] = "endpointslice-controller.k8s.io" },
        },
        AddressType = "IPv4",
        Ports = [new Discoveryv1EndpointPort { Name = "http", Port = 8080, Protocol = "TCP" }],
        Endpoints = endpoints.Select(e => new V1Endpoint
        {
            Addresses = [e.Ip],
            NodeName = e.Node,
            TargetRef = new V1ObjectReference { Kind = "Pod", Name = e.Pod },
            Conditions = e.Ready is { } ready ? new V1EndpointConditions { Ready = ready } : null,
        }).ToList(),
    };
}
