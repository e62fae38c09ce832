using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Profiles;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Resources.Kinds;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// Every node's kubelet in one loop. A pod bound to a node is accepted at once (hostIP, startTime,
/// containers waiting in ContainerCreating), then after <c>startDelay</c> runs: phase Running, a pod
/// IP from the profile's pod network, every container ready and started, all conditions True, with
/// the kubelet's Pulling/Pulled/Created/Started events. Nothing is probed: a running container is ready.
/// </summary>
internal sealed class Kubelet(ObjectStore store, EventRecorder events, PodNetwork network, TimeSpan startDelay) : ReconcilingController(store)
{
    private static readonly string[] ConditionTypes = ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"];
    private readonly Dictionary<string, DateTimeOffset> accepted = new(StringComparer.Ordinal);

    protected override bool Watches(ResourceKind kind) => kind == ResourceCatalog.Pods || kind == ResourceCatalog.Nodes;

    protected override void Reconcile()
    {
        var pods = Reader.List(ResourceCatalog.Pods);
        var nodes = Reader.List(ResourceCatalog.Nodes).ToDictionary(n => n.Name(), StringComparer.Ordinal);
        var live = pods.Select(Uid).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in accepted.Keys.Where(uid => !live.Contains(uid)).ToList())
        {
            accepted.Remove(gone);
        }

        foreach (var pod in pods.Where(p => PodStatus.IsScheduled(p) && PodStatus.IsActive(p) && !PodStatus.IsRunning(p)))
        {
            if (!nodes.TryGetValue(pod.Spec().StringAt("nodeName")!, out var node))
            {
                continue;
            }

            Step(() =>
            {
                if (!accepted.TryGetValue(Uid(pod), out var since))
                {
                    accepted[Uid(pod)] = Now;
                    Accept(pod, node);
                    WakeAfter(startDelay);
                }
                else if (Now - since >= startDelay)
                {
                    Run(pod, node, nodes, pods);
                }
                else
                {
                    WakeAfter(startDelay - (Now - since));
                }
            });
        }
    }

    private static string Uid(JsonObject obj) => obj.ObjectAt("metadata").StringAt("uid") ?? string.Empty;

    private void Accept(JsonObject pod, JsonObject node)
    {
        var now = ObjectMeta.Timestamp(Now);
        var hostIp = NodeKind.Addresses(node, "InternalIP").FirstOrDefault() ?? string.Empty;
        WriteStatus(pod, status =>
        {
            status["phase"] = "Pending";
            PodStatus.SetCondition(status, "PodReadyToStartContainers", "False", now);
            PodStatus.SetCondition(status, "Initialized", "True", now);
            PodStatus.SetCondition(status, "Ready", "False", now, "ContainersNotReady", $"containers with unready status: [{string.Join(" ", Names(pod))}]");
            PodStatus.SetCondition(status, "ContainersReady", "False", now, "ContainersNotReady", $"containers with unready status: [{string.Join(" ", Names(pod))}]");
            PodStatus.SetCondition(status, "PodScheduled", "True", now);
            status["hostIP"] = hostIp;
            status["hostIPs"] = new JsonArray(new JsonObject { ["ip"] = hostIp });
            status["startTime"] = now;
            status["containerStatuses"] = new JsonArray([.. Containers(pod).Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.StringAt("name"),
                ["state"] = new JsonObject { ["waiting"] = new JsonObject { ["reason"] = "ContainerCreating" } },
                ["lastState"] = new JsonObject(),
                ["ready"] = false,
                ["restartCount"] = 0,
                ["image"] = c.StringAt("image"),
                ["imageID"] = string.Empty,
                ["started"] = false,
            })]);
        });
    }

    private void Run(JsonObject pod, JsonObject node, IReadOnlyDictionary<string, JsonObject> nodes, IReadOnlyList<JsonObject> pods)
    {
        var now = ObjectMeta.Timestamp(Now);
        var podIp = AllocateIp(node, nodes, pods);
        var runtime = node.Status().ObjectAt("nodeInfo").StringAt("containerRuntimeVersion") is { } version && version.Contains("://", StringComparison.Ordinal)
            ? version[..version.IndexOf("://", StringComparison.Ordinal)]
            : "containerd";
        foreach (var container in Containers(pod))
        {
            Pull(pod, node, container);
        }

        var running = WriteStatus(pod, status =>
        {
            status["phase"] = "Running";
            foreach (var type in ConditionTypes)
            {
                PodStatus.SetCondition(status, type, "True", now);
            }

            status["podIP"] = podIp;
            status["podIPs"] = new JsonArray(new JsonObject { ["ip"] = podIp });
            status["containerStatuses"] = new JsonArray([.. Containers(pod).Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.StringAt("name"),
                ["state"] = new JsonObject { ["running"] = new JsonObject { ["startedAt"] = now } },
                ["lastState"] = new JsonObject(),
                ["ready"] = true,
                ["restartCount"] = 0,
                ["image"] = ImageReference(c.StringAt("image")),
                ["imageID"] = ImageId(c.StringAt("image")),
                ["containerID"] = $"{runtime}://{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))}",
                ["started"] = true,
            })]);
        });
        foreach (var container in Containers(pod))
        {
            var name = container.StringAt("name");
            events.Normal(ResourceCatalog.Pods, running, EventSource.Kubelet(node.Name()), "Created", $"Created container: {name}", $"spec.containers{{{name}}}");
            events.Normal(ResourceCatalog.Pods, running, EventSource.Kubelet(node.Name()), "Started", $"Started container {name}", $"spec.containers{{{name}}}");
        }
    }

    /// <summary>IfNotPresent images are "already present"; Always ones are pulled (instantly).</summary>
    private void Pull(JsonObject pod, JsonObject node, JsonObject container)
    {
        var image = container.StringAt("image") ?? string.Empty;
        var fieldPath = $"spec.containers{{{container.StringAt("name")}}}";
        var source = EventSource.Kubelet(node.Name());
        if (container.StringAt("imagePullPolicy") == "IfNotPresent")
        {
            events.Normal(ResourceCatalog.Pods, pod, source, "Pulled", $"Container image \"{image}\" already present on machine", fieldPath);
            return;
        }

        events.Normal(ResourceCatalog.Pods, pod, source, "Pulling", $"Pulling image \"{image}\"", fieldPath);
        var seconds = startDelay.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        events.Normal(ResourceCatalog.Pods, pod, source, "Pulled",
            $"Successfully pulled image \"{image}\" in {seconds}s ({seconds}s including waiting). Image size: 72223946 bytes.", fieldPath);
    }

    /// <summary>The lowest free address of the node's block that no live pod on it holds.</summary>
    private string AllocateIp(JsonObject node, IReadOnlyDictionary<string, JsonObject> nodes, IReadOnlyList<JsonObject> pods)
    {
        var index = nodes.Keys.Order(StringComparer.Ordinal).ToList().IndexOf(node.Name());
        var nodeIp = NodeKind.Addresses(node, "InternalIP").FirstOrDefault() ?? "10.0.0.1";
        var used = pods.Where(p => p.Spec().StringAt("nodeName") == node.Name() && PodStatus.IsActive(p))
            .Select(p => p.Status().StringAt("podIP")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var ordinal = 0; ; ordinal++)
        {
            var address = network.Address(index, nodeIp, ordinal);
            if (address is null || !used.Contains(address))
            {
                return address ?? string.Empty;
            }
        }
    }

    /// <summary>
    /// Writes the pod's status unless, by the time of the write, something else already reports the pod as
    /// running or finished (a test standing in for a kubelet, a user's <c>kubectl patch --subresource=status</c>):
    /// the simulated kubelet only starts pods, it never takes a reported state back.
    /// </summary>
    private JsonObject WriteStatus(JsonObject pod, Action<JsonObject> change) => Store.ChangeStatus(ResourceCatalog.Pods, pod, status =>
    {
        if (status.StringAt("phase") is not ("Running" or "Succeeded" or "Failed"))
        {
            change(status);
        }
    });

    private static IEnumerable<JsonObject> Containers(JsonObject pod) => pod.Spec().ArrayAt("containers").Objects();

    private static IEnumerable<string> Names(JsonObject pod) => Containers(pod).Select(c => c.StringAt("name") ?? string.Empty);

    /// <summary>The runtime's fully qualified name: <c>nginx</c> is <c>docker.io/library/nginx:latest</c>.</summary>
    public static string ImageReference(string? image)
    {
        var reference = image ?? string.Empty;
        var firstSlash = reference.IndexOf('/');
        var first = firstSlash < 0 ? string.Empty : reference[..firstSlash];
        if (firstSlash < 0)
        {
            reference = "docker.io/library/" + reference;
        }
        else if (!first.Contains('.', StringComparison.Ordinal) && !first.Contains(':', StringComparison.Ordinal) && first != "localhost")
        {
            reference = "docker.io/" + reference;
        }

        var lastSlash = reference.LastIndexOf('/');
        return reference.Contains('@', StringComparison.Ordinal) || reference.IndexOf(':', lastSlash) > 0 ? reference : reference + ":latest";
    }

    /// <summary>A digest derived from the name, so the same image has the same ID everywhere.</summary>
    private static string ImageId(string? image)
    {
        var reference = ImageReference(image);
        var repository = reference.Contains('@', StringComparison.Ordinal) ? reference[..reference.IndexOf('@', StringComparison.Ordinal)] : reference[..reference.LastIndexOf(':')];
        return $"{repository}@sha256:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reference)))}";
    }
}
