using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// Pods, with the server's defaults and the printer's columns. The controllers in <c>Controllers/</c>
/// make them for workloads, the scheduler binds them and the kubelet runs them.
/// </summary>
internal sealed class PodKind() : ResourceKind(string.Empty, "Pod", "pods", namespaced: true)
{
    public override IReadOnlyList<string> ShortNames => ["po"];

    public override IReadOnlyList<string> Categories => ["all"];

    private static readonly string[] GuaranteedResources = ["cpu", "memory"];

    public override bool HasStatus => true;

    /// <summary>The pod registry answers DELETE with the pod (pkg/registry/core/pod/storage: ReturnDeletedObject).</summary>
    public override bool ReturnsObjectOnDelete => true;

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Text("Ready", "The aggregate readiness state of this pod for accepting traffic.", Ready),
        TableColumn.Text("Status", "The aggregate status of the containers in this pod.", Reason),
        TableColumn.Text("Restarts", "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.",
            obj => Containers(obj).Sum(c => c.LongAt("restartCount") ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        TableColumn.Age,
        TableColumn.Text("IP", "IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.", obj => Printing.OrNone(obj.Status().StringAt("podIP")), priority: 1),
        TableColumn.Text("Node", "NodeName is a request to schedule this pod onto a specific node.", obj => Printing.OrNone(obj.Spec().StringAt("nodeName")), priority: 1),
        TableColumn.Text("Nominated Node", "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods.",
            obj => Printing.OrNone(obj.Status().StringAt("nominatedNodeName")), priority: 1),
        TableColumn.Text("Readiness Gates", "If specified, all readiness gates will be evaluated for pod readiness.", ReadinessGates, priority: 1),
    ];

    protected override IReadOnlyDictionary<string, Func<JsonObject, string>> ExtraSelectableFields { get; } =
        new Dictionary<string, Func<JsonObject, string>>
        {
            ["spec.nodeName"] = obj => obj.Spec().StringAt("nodeName") ?? string.Empty,
            ["spec.restartPolicy"] = obj => obj.Spec().StringAt("restartPolicy") ?? string.Empty,
            ["spec.schedulerName"] = obj => obj.Spec().StringAt("schedulerName") ?? string.Empty,
            ["spec.serviceAccountName"] = obj => obj.Spec().StringAt("serviceAccountName") ?? string.Empty,
            ["status.phase"] = obj => obj.Status().StringAt("phase") ?? string.Empty,
            ["status.podIP"] = obj => obj.Status().StringAt("podIP") ?? string.Empty,
        };

    /// <summary>
    /// A new pod starts Pending with the QoS class of its resources; admission adds what the real
    /// plugins add (ServiceAccount, Priority, DefaultTolerationSeconds) and SetDefaults_Pod's service links.
    /// </summary>
    public override void PrepareForCreate(JsonObject obj)
    {
        var spec = obj.EnsureObject("spec");
        spec.TryAdd("enableServiceLinks", true);
        spec.TryAdd("serviceAccountName", "default");
        spec.TryAdd("serviceAccount", spec.StringAt("serviceAccountName"));
        spec.TryAdd("priority", 0);
        spec.TryAdd("preemptionPolicy", "PreemptLowerPriority");
        var tolerations = spec["tolerations"] as JsonArray ?? [];
        foreach (var key in new[] { "node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable" })
        {
            if (!tolerations.Objects().Any(t => t.StringAt("key") == key))
            {
                tolerations.Add(new JsonObject { ["key"] = key, ["operator"] = "Exists", ["effect"] = "NoExecute", ["tolerationSeconds"] = 300 });
            }
        }

        spec["tolerations"] = tolerations;
        obj["status"] = new JsonObject { ["phase"] = "Pending", ["qosClass"] = QosClass(spec) };
    }

    public override void Admit(Admission admission) => PodSpecDefaults.Apply(admission.Object.Spec());

    /// <summary>GetPodQOS: Guaranteed when every container's requests equal its cpu and memory limits, BestEffort with none.</summary>
    public static string QosClass(JsonObject? spec)
    {
        var containers = spec.ArrayAt("containers").Objects().ToList();
        var resources = containers.Select(c => c.ObjectAt("resources")).ToList();
        if (resources.All(r => r.ObjectAt("requests") is not { Count: > 0 } && r.ObjectAt("limits") is not { Count: > 0 }))
        {
            return "BestEffort";
        }

        var guaranteed = resources.All(r =>
            GuaranteedResources.All(name => r.ObjectAt("limits").StringAt(name) is { } limit
                && (r.ObjectAt("requests").StringAt(name) ?? limit) == limit));
        return guaranteed ? "Guaranteed" : "Burstable";
    }

    private static string Ready(JsonObject pod)
    {
        var total = pod.Spec().ArrayAt("containers")?.Count ?? 0;
        return $"{Containers(pod).Count(c => c.BoolAt("ready") == true)}/{total}";
    }

    /// <summary>printPod's reason: Terminating, a waiting container's reason (ContainerCreating), else the phase.</summary>
    private static string Reason(JsonObject pod)
    {
        if (pod.ObjectAt("metadata").StringAt("deletionTimestamp") is not null)
        {
            return "Terminating";
        }

        var waiting = Containers(pod).Select(c => c.ObjectAt("state").ObjectAt("waiting").StringAt("reason")).OfType<string>().FirstOrDefault();
        return pod.Status().StringAt("reason") ?? waiting ?? pod.Status().StringAt("phase") ?? "Pending";
    }

    private static string ReadinessGates(JsonObject pod)
    {
        var gates = pod.Spec().ArrayAt("readinessGates").Objects().Select(g => g.StringAt("conditionType")).ToList();
        if (gates.Count == 0)
        {
            return Printing.None;
        }

        var met = pod.Status().ArrayAt("conditions").Objects().Count(c => gates.Contains(c.StringAt("type")) && c.StringAt("status") == "True");
        return $"{met}/{gates.Count}";
    }

    private static IEnumerable<JsonObject> Containers(JsonObject pod) => pod.Status().ArrayAt("containerStatuses").Objects();
}
