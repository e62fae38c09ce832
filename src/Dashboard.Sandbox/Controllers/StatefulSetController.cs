using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// statefulset-controller: pods <c>&lt;sts&gt;-0</c> … <c>&lt;sts&gt;-(n-1)</c> with stable names and
/// hostnames. OrderedReady makes (and removes, from the top) one pod at a time, each once the ones
/// before it are Running and Ready; Parallel makes them all at once. A template change is rolled
/// out from the highest ordinal down to the partition, one pod at a time. The revision is
/// <c>&lt;sts&gt;-&lt;template hash&gt;</c> (ControllerRevision objects themselves are not served).
/// </summary>
internal sealed class StatefulSetController(ObjectStore store, EventRecorder events) : ReconcilingController(store)
{
    public const string PodNameLabel = "statefulset.kubernetes.io/pod-name";
    public const string RevisionLabel = "controller-revision-hash";
    public const string PodIndexLabel = "apps.kubernetes.io/pod-index";

    protected override bool Watches(ResourceKind kind) => kind == ResourceCatalog.StatefulSets || kind == ResourceCatalog.Pods;

    protected override void Reconcile()
    {
        var pods = Reader.List(ResourceCatalog.Pods);
        foreach (var sts in Reader.List(ResourceCatalog.StatefulSets).Where(s => !OwnerReferences.IsBeingDeleted(s)))
        {
            Step(() => Sync(sts, OwnerReferences.Owned(pods.Where(p => p.Namespace() == sts.Namespace()), sts)));
        }
    }

    private void Sync(JsonObject sts, List<JsonObject> owned)
    {
        var spec = sts.Spec();
        var replicas = (int)(spec.LongAt("replicas") ?? 1);
        var parallel = spec.StringAt("podManagementPolicy") == "Parallel";
        var template = spec.ObjectAt("template") ?? [];
        var updateRevision = $"{sts.Name()}-{PodTemplates.Hash(template, sts.Status().LongAt("collisionCount") ?? 0)}";
        var byOrdinal = owned.Where(PodStatus.IsActive).Select(p => (Ordinal: Ordinal(sts, p), Pod: p)).Where(p => p.Ordinal >= 0)
            .ToDictionary(p => p.Ordinal, p => p.Pod);
        bool Settled(JsonObject pod) => PodStatus.IsRunning(pod) && PodStatus.IsReady(pod);

        var acted = false;
        for (var i = 0; i < replicas && !acted; i++)
        {
            if (byOrdinal.TryGetValue(i, out var existing))
            {
                acted = !parallel && !Settled(existing);
                continue;
            }

            var created = CreatePod(sts, template, i, updateRevision);
            byOrdinal[i] = created;
            acted = !parallel;
        }

        // Scale down from the highest ordinal; OrderedReady waits for the rest to be settled.
        foreach (var (ordinal, pod) in byOrdinal.Where(p => p.Key >= replicas).OrderByDescending(p => p.Key).ToList())
        {
            if (!parallel && (acted || byOrdinal.Where(p => p.Key < ordinal).Any(p => !Settled(p.Value))))
            {
                break;
            }

            DeletePod(sts, pod);
            byOrdinal.Remove(ordinal);
            acted = !parallel;
        }

        var rollingUpdate = spec.ObjectAt("updateStrategy").StringAt("type") != "OnDelete";
        var partition = (int)(spec.ObjectAt("updateStrategy").ObjectAt("rollingUpdate").LongAt("partition") ?? 0);
        var inRange = byOrdinal.Where(p => p.Key < replicas).ToList();
        if (rollingUpdate && !acted && inRange.Count == replicas && inRange.All(p => Settled(p.Value)))
        {
            var stale = inRange.Where(p => p.Key >= partition && p.Value.Labels().GetValueOrDefault(RevisionLabel) != updateRevision)
                .OrderByDescending(p => p.Key).Select(p => p.Value).FirstOrDefault();
            if (stale is not null)
            {
                DeletePod(sts, stale);
                byOrdinal.Remove(Ordinal(sts, stale));
            }
        }

        WriteStatus(sts, [.. byOrdinal.Values], replicas, updateRevision);
    }

    private JsonObject CreatePod(JsonObject sts, JsonObject template, int ordinal, string revision)
    {
        var name = $"{sts.Name()}-{ordinal}";
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RevisionLabel] = revision,
            [PodNameLabel] = name,
            [PodIndexLabel] = ordinal.ToString(CultureInfo.InvariantCulture),
        };
        var pod = PodTemplates.NewPod(ResourceCatalog.StatefulSets, sts, template, name, labels);
        var podSpec = pod.EnsureObject("spec");
        podSpec["hostname"] = name;
        if (sts.Spec().StringAt("serviceName") is { Length: > 0 } service)
        {
            podSpec["subdomain"] = service;
        }

        var created = Store.Create(ResourceCatalog.Pods, sts.Namespace(), pod, dryRun: false).Thaw();
        events.Normal(ResourceCatalog.StatefulSets, sts, EventSource.StatefulSetController, "SuccessfulCreate", $"create Pod {name} in StatefulSet {sts.Name()} successful");
        return created;
    }

    private void DeletePod(JsonObject sts, JsonObject pod)
    {
        Store.Delete(ResourceCatalog.Pods, pod.Namespace(), pod.Name(), new DeleteOptions());
        events.Normal(ResourceCatalog.StatefulSets, sts, EventSource.StatefulSetController, "SuccessfulDelete", $"delete Pod {pod.Name()} in StatefulSet {sts.Name()} successful");
    }

    private void WriteStatus(JsonObject sts, List<JsonObject> pods, int replicas, string updateRevision)
    {
        var previousCurrent = sts.Status().StringAt("currentRevision") ?? updateRevision;
        var ready = pods.Count(PodStatus.IsReady);
        var updated = pods.Count(p => p.Labels().GetValueOrDefault(RevisionLabel) == updateRevision);

        // The update is complete once every pod runs the new revision: it becomes the current one.
        var currentRevision = updated == replicas && pods.Count == replicas ? updateRevision : previousCurrent;
        var current = pods.Count(p => p.Labels().GetValueOrDefault(RevisionLabel) == currentRevision);
        Store.ChangeStatus(ResourceCatalog.StatefulSets, sts, status =>
        {
            status.Clear();
            status["observedGeneration"] = sts.ObjectAt("metadata").LongAt("generation") ?? 1;
            status["replicas"] = pods.Count;
            ReplicaSetController.SetCount(status, "readyReplicas", ready);
            ReplicaSetController.SetCount(status, "currentReplicas", current);
            ReplicaSetController.SetCount(status, "updatedReplicas", updated);
            status["currentRevision"] = currentRevision;
            status["updateRevision"] = updateRevision;
            status["collisionCount"] = 0;
            status["availableReplicas"] = ready;
        });
    }

    private static int Ordinal(JsonObject sts, JsonObject pod)
    {
        var prefix = sts.Name() + "-";
        return pod.Name().StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(pod.Name()[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) ? ordinal : -1;
    }
}
