using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Cluster;

/// <summary>
/// Pods as a kubelet would report them: created through the API, then given a phase, a podIP and
/// a Ready condition through the status subresource, which is all the endpoint controllers read.
/// </summary>
public static class Pods
{
    public static async Task<V1Pod> RunningAsync(Kubernetes client, string ns, string name, string ip, bool ready, CancellationToken cancellationToken, string app = "web", string node = "rke-custom-node-1")
    {
        var pod = new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string> { ["app"] = app } },
            Spec = new V1PodSpec
            {
                NodeName = node,
                Containers = [new V1Container { Name = "web", Image = "nginx", Ports = [new V1ContainerPort { Name = "http-alt", ContainerPort = 8080, Protocol = "TCP" }] }],
            },
        };
        await client.CoreV1.CreateNamespacedPodAsync(pod, ns, cancellationToken: cancellationToken);
        return await SetStatusAsync(client, ns, name, ip, ready, cancellationToken);
    }

    public static Task<V1Pod> SetStatusAsync(Kubernetes client, string ns, string name, string ip, bool ready, CancellationToken cancellationToken)
    {
        var status = new
        {
            status = new
            {
                phase = "Running",
                podIP = ip,
                podIPs = new[] { new { ip } },
                conditions = new[] { new { type = "Ready", status = ready ? "True" : "False" } },
            },
        };
        return client.CoreV1.PatchNamespacedPodStatusAsync(new V1Patch(status, V1Patch.PatchType.MergePatch), name, ns, cancellationToken: cancellationToken);
    }

    /// <summary>A Service selecting <c>app=<paramref name="app"/></c>, port 80 to the pods' named port.</summary>
    public static V1Service Service(string name, string app = "web", IDictionary<string, string>? labels = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Labels = labels },
        Spec = new V1ServiceSpec
        {
            Selector = new Dictionary<string, string> { ["app"] = app },
            Ports = [new V1ServicePort { Name = "http", Port = 80, TargetPort = "http-alt" }],
        },
    };
}
