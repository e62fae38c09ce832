using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// replicaset-controller: keeps <c>spec.replicas</c> pods controlled by each ReplicaSet, made from
/// its template through generateName (<c>&lt;rs&gt;-&lt;5 chars&gt;</c>). Scaling down deletes the
/// least settled pods first (unscheduled, then pending, then not ready, then the newest), as
/// controller.ActivePods sorts them. Status counts what it sees: replicas, fullyLabeledReplicas,
/// readyReplicas, availableReplicas (ready counts as available), observedGeneration.
/// Deletion is immediate: a deleted pod has no grace period here.
/// </summary>
internal sealed class ReplicaSetController(ObjectStore store, EventRecorder events) : ReconcilingController(store)
{
    /// <summary>The real controller's slow-start burst cap (BurstReplicas).</summary>
    private const int BurstReplicas = 500;

    protected override bool Watches(ResourceKind kind) => kind == ResourceCatalog.ReplicaSets || kind == ResourceCatalog.Pods;

    protected override void Reconcile()
    {
        var pods = Reader.List(ResourceCatalog.Pods);
        foreach (var rs in Reader.List(ResourceCatalog.ReplicaSets).Where(r => !OwnerReferences.IsBeingDeleted(r)))
        {
            Step(() => Sync(rs, pods.Where(p => p.Namespace() == rs.Namespace()).ToList()));
        }
    }

    private void Sync(JsonObject rs, List<JsonObject> namespacePods)
    {
        var owned = OwnerReferences.Owned(namespacePods, rs).Where(PodStatus.IsActive).ToList();
        var desired = (int)(rs.Spec().LongAt("replicas") ?? 1);
        var diff = desired - owned.Count;
        var template = rs.Spec().ObjectAt("template") ?? [];
        for (var i = 0; i < Math.Min(diff, BurstReplicas); i++)
        {
            var created = Store.Create(ResourceCatalog.Pods, rs.Namespace(), PodTemplates.NewPod(ResourceCatalog.ReplicaSets, rs, template, null), dryRun: false);
            events.Normal(ResourceCatalog.ReplicaSets, rs, EventSource.ReplicaSetController, "SuccessfulCreate", $"Created pod: {created.Name}");
        }

        foreach (var victim in DeletionOrder(owned).Take(Math.Max(-diff, 0)).ToList())
        {
            Store.Delete(ResourceCatalog.Pods, victim.Namespace(), victim.Name(), new DeleteOptions());
            owned.Remove(victim);
            events.Normal(ResourceCatalog.ReplicaSets, rs, EventSource.ReplicaSetController, "SuccessfulDelete", $"Deleted pod: {victim.Name()}");
        }

        var templateLabels = template.ObjectAt("metadata").StringMap("labels");
        var ready = owned.Count(PodStatus.IsReady);
        Store.ChangeStatus(ResourceCatalog.ReplicaSets, rs, status =>
        {
            status.Clear();
            status["replicas"] = owned.Count;
            SetCount(status, "fullyLabeledReplicas", owned.Count(p => templateLabels.All(l => p.Labels().GetValueOrDefault(l.Key) == l.Value)));
            SetCount(status, "readyReplicas", ready);
            SetCount(status, "availableReplicas", ready);
            status["observedGeneration"] = rs.ObjectAt("metadata").LongAt("generation") ?? 1;
        });
    }

    /// <summary>Zero counts are left out, as Go's omitempty does.</summary>
    public static void SetCount(JsonObject status, string field, long value)
    {
        if (value != 0)
        {
            status[field] = value;
        }
    }

    private static IEnumerable<JsonObject> DeletionOrder(IEnumerable<JsonObject> pods) => pods
        .OrderBy(p => PodStatus.IsScheduled(p) ? 1 : 0)
        .ThenBy(p => p.Status().StringAt("phase") switch { "Pending" => 0, "Unknown" => 1, _ => 2 })
        .ThenBy(p => PodStatus.IsReady(p) ? 1 : 0)
        .ThenByDescending(p => p.CreationTimestamp())
        .ThenByDescending(p => p.Name(), StringComparer.Ordinal);
}
