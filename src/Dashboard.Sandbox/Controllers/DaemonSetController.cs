using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// daemonset-controller: one pod per node the template fits (nodeSelector, node affinity, taints
/// against the template's tolerations plus the ones the controller adds), named through generateName
/// and pinned to its node by required node affinity on <c>metadata.name</c>, as the real controller
/// does since scheduling moved to the scheduler. Pods on nodes that no longer fit go. A template
/// change replaces pods one node at a time (maxUnavailable 1).
/// </summary>
internal sealed class DaemonSetController(ObjectStore store, EventRecorder events) : ReconcilingController(store)
{
    private static readonly (string Key, string Effect)[] AddedTolerations =
    [
        ("node.kubernetes.io/not-ready", "NoExecute"),
        ("node.kubernetes.io/unreachable", "NoExecute"),
        ("node.kubernetes.io/disk-pressure", "NoSchedule"),
        ("node.kubernetes.io/memory-pressure", "NoSchedule"),
        ("node.kubernetes.io/pid-pressure", "NoSchedule"),
        ("node.kubernetes.io/unschedulable", "NoSchedule"),
    ];

    protected override bool Watches(ResourceKind kind) =>
        kind == ResourceCatalog.DaemonSets || kind == ResourceCatalog.Pods || kind == ResourceCatalog.Nodes;

    protected override void Reconcile()
    {
        var pods = Reader.List(ResourceCatalog.Pods);
        var nodes = Reader.List(ResourceCatalog.Nodes);
        foreach (var ds in Reader.List(ResourceCatalog.DaemonSets).Where(d => !OwnerReferences.IsBeingDeleted(d)))
        {
            Step(() => Sync(ds, OwnerReferences.Owned(pods.Where(p => p.Namespace() == ds.Namespace()), ds).Where(PodStatus.IsActive).ToList(), nodes));
        }
    }

    private void Sync(JsonObject ds, List<JsonObject> owned, IReadOnlyList<JsonObject> nodes)
    {
        var template = (ds.Spec().ObjectAt("template")?.DeepClone() as JsonObject) ?? [];
        var podSpec = template.EnsureObject("spec");
        var tolerations = podSpec["tolerations"] as JsonArray ?? [];
        foreach (var (key, effect) in AddedTolerations.Where(t => !tolerations.Objects().Any(o => o.StringAt("key") == t.Key && o.StringAt("effect") == t.Effect)))
        {
            tolerations.Add(new JsonObject { ["key"] = key, ["operator"] = "Exists", ["effect"] = effect });
        }

        podSpec["tolerations"] = tolerations;
        var hash = PodTemplates.Hash(ds.Spec().ObjectAt("template"), ds.Status().LongAt("collisionCount"));
        var generation = ds.ObjectAt("metadata").LongAt("generation") ?? 1;
        var probe = new JsonObject { ["spec"] = podSpec.DeepClone() };
        var eligible = nodes.Where(n => NodeFit.Check(probe, n) is null).Select(n => n.Name()).ToHashSet(StringComparer.Ordinal);
        var byNode = owned.GroupBy(TargetNode).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        foreach (var node in eligible.Order(StringComparer.Ordinal).Where(n => !byNode.ContainsKey(n)))
        {
            var pod = PodTemplates.NewPod(ResourceCatalog.DaemonSets, ds, template, null, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["controller-revision-hash"] = hash,
                ["pod-template-generation"] = generation.ToString(CultureInfo.InvariantCulture),
            });
            pod.EnsureObject("spec")["affinity"] = PinnedTo(node);
            var created = Store.Create(ResourceCatalog.Pods, ds.Namespace(), pod, dryRun: false).Thaw();
            byNode[node] = [created];
            events.Normal(ResourceCatalog.DaemonSets, ds, EventSource.DaemonSetController, "SuccessfulCreate", $"Created pod: {created.Name()}");
        }

        foreach (var (node, pods) in byNode.ToList())
        {
            // Extra pods on a node, or any on a node the template no longer fits.
            foreach (var extra in eligible.Contains(node) ? pods.OrderBy(p => p.CreationTimestamp()).Skip(1) : pods)
            {
                Delete(ds, extra);
                pods.Remove(extra);
            }
        }

        var current = byNode.Where(p => eligible.Contains(p.Key)).SelectMany(p => p.Value).ToList();
        bool Updated(JsonObject p) => p.Labels().GetValueOrDefault("controller-revision-hash") == hash;
        var maxUnavailable = (int)(ds.Spec().ObjectAt("updateStrategy").ObjectAt("rollingUpdate").LongAt("maxUnavailable") ?? 1);
        if (ds.Spec().ObjectAt("updateStrategy").StringAt("type") != "OnDelete"
            && current.Count(p => !PodStatus.IsReady(p)) < Math.Max(maxUnavailable, 1)
            && current.Where(p => !Updated(p)).OrderBy(TargetNode, StringComparer.Ordinal).FirstOrDefault() is { } stale)
        {
            Delete(ds, stale);
            current.Remove(stale);
        }

        var ready = current.Count(PodStatus.IsReady);
        Store.ChangeStatus(ResourceCatalog.DaemonSets, ds, status =>
        {
            status.Clear();
            status["currentNumberScheduled"] = current.Select(TargetNode).Distinct(StringComparer.Ordinal).Count();
            status["numberMisscheduled"] = 0;
            status["desiredNumberScheduled"] = eligible.Count;
            status["numberReady"] = ready;
            status["observedGeneration"] = generation;
            ReplicaSetController.SetCount(status, "updatedNumberScheduled", current.Count(Updated));
            ReplicaSetController.SetCount(status, "numberAvailable", ready);
            ReplicaSetController.SetCount(status, "numberUnavailable", eligible.Count - ready);
        });
    }

    private void Delete(JsonObject ds, JsonObject pod)
    {
        Store.Delete(ResourceCatalog.Pods, pod.Namespace(), pod.Name(), new DeleteOptions());
        events.Normal(ResourceCatalog.DaemonSets, ds, EventSource.DaemonSetController, "SuccessfulDelete", $"Deleted pod: {pod.Name()}");
    }

    /// <summary>The node a daemon pod is for: its affinity's metadata.name, else where it runs.</summary>
    private static string TargetNode(JsonObject pod) =>
        pod.Spec().ObjectAt("affinity").ObjectAt("nodeAffinity").ObjectAt("requiredDuringSchedulingIgnoredDuringExecution")
            .ArrayAt("nodeSelectorTerms").Objects().SelectMany(t => t.ArrayAt("matchFields").Objects())
            .Where(f => f.StringAt("key") == "metadata.name").Select(f => f.ArrayAt("values")?.Select(JsonNodes.AsString).FirstOrDefault()).FirstOrDefault()
        ?? pod.Spec().StringAt("nodeName") ?? string.Empty;

    /// <summary>util.ReplaceDaemonSetPodNodeNameNodeAffinity: required affinity on exactly this node.</summary>
    private static JsonObject PinnedTo(string node) => new()
    {
        ["nodeAffinity"] = new JsonObject
        {
            ["requiredDuringSchedulingIgnoredDuringExecution"] = new JsonObject
            {
                ["nodeSelectorTerms"] = new JsonArray(new JsonObject
                {
                    ["matchFields"] = new JsonArray(new JsonObject
                    {
                        ["key"] = "metadata.name",
                        ["operator"] = "In",
                        ["values"] = new JsonArray(node),
                    }),
                }),
            },
        },
    };
}
