using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// deployment-controller: one ReplicaSet per pod template, named <c>&lt;deployment&gt;-&lt;template hash&gt;</c>
/// with the <c>pod-template-hash</c> label, and the rollout between them. RollingUpdate scales the
/// new one up within maxSurge and the old ones down while maxUnavailable allows (the controller's
/// NewRSNewReplicas and reconcileOldReplicaSets); Recreate empties the old ones first. Old ReplicaSets
/// beyond revisionHistoryLimit are deleted. The status (counts, Available and Progressing, the
/// progress deadline) is what <c>kubectl rollout status</c> waits on.
/// </summary>
internal sealed class DeploymentController(ObjectStore store, EventRecorder events) : ReconcilingController(store)
{
    public const string RevisionAnnotation = "deployment.kubernetes.io/revision";
    private const string DesiredAnnotation = "deployment.kubernetes.io/desired-replicas";
    private const string MaxAnnotation = "deployment.kubernetes.io/max-replicas";
    public const string HashLabel = "pod-template-hash";

    protected override bool Watches(ResourceKind kind) => kind == ResourceCatalog.Deployments || kind == ResourceCatalog.ReplicaSets;

    protected override void Reconcile()
    {
        var replicaSets = Reader.List(ResourceCatalog.ReplicaSets);
        foreach (var deployment in Reader.List(ResourceCatalog.Deployments).Where(d => !OwnerReferences.IsBeingDeleted(d)))
        {
            Step(() => Sync(deployment, replicaSets.Where(rs => rs.Namespace() == deployment.Namespace()).ToList()));
        }
    }

    private void Sync(JsonObject d, List<JsonObject> namespaceReplicaSets)
    {
        var owned = OwnerReferences.Owned(namespaceReplicaSets, d).Where(rs => !OwnerReferences.IsBeingDeleted(rs)).ToList();
        var template = d.Spec().ObjectAt("template") ?? [];
        var newRs = owned.FirstOrDefault(rs => SameTemplate(rs, template));
        var old = owned.Where(rs => rs != newRs).OrderBy(rs => rs.CreationTimestamp()).ThenBy(rs => rs.Name(), StringComparer.Ordinal).ToList();
        var replicas = Replicas(d);
        var parameters = RollingParameters.Of(d);
        var recreate = d.Spec().ObjectAt("strategy").StringAt("type") == "Recreate";
        var created = false;
        if (d.Spec().BoolAt("paused") != true)
        {
            if (recreate && old.Any(rs => Replicas(rs) > 0 || (rs.Status().LongAt("replicas") ?? 0) > 0))
            {
                // Recreate: every old pod goes before a new one starts.
                foreach (var rs in old.Where(rs => Replicas(rs) > 0))
                {
                    Scale(d, rs, 0, parameters);
                }
            }
            else if (newRs is null)
            {
                newRs = CreateReplicaSet(d, template, old, replicas, parameters);
                created = newRs is not null;
            }
            else
            {
                newRs = Rollout(d, newRs, old, replicas, parameters, recreate);
            }
        }

        Cleanup(d, owned.Where(rs => rs != newRs).ToList());
        var fresh = OwnerReferences.Owned(Reader.List(ResourceCatalog.ReplicaSets, d.Namespace()), d).ToList();
        var current = newRs is null ? null : fresh.FirstOrDefault(rs => rs.Name() == newRs.Name());
        if (current is not null && current.Annotations().GetValueOrDefault(RevisionAnnotation) is { } revision
            && d.Annotations().GetValueOrDefault(RevisionAnnotation) != revision)
        {
            d = Store.Change(ResourceCatalog.Deployments, d, obj => obj.Metadata().EnsureObject("annotations")[RevisionAnnotation] = revision);
        }

        WriteStatus(d, fresh, current, parameters, created);
    }

    /// <summary>One step of the rollout towards <paramref name="newRs"/>; returns it as stored after the step.</summary>
    private JsonObject Rollout(JsonObject d, JsonObject newRs, List<JsonObject> old, int replicas, RollingParameters parameters, bool recreate)
    {
        var maxOldRevision = old.Select(Revision).DefaultIfEmpty(0).Max();
        if (Revision(newRs) <= maxOldRevision)
        {
            // A rollback to an older template: it becomes the newest revision again.
            newRs = Store.Change(ResourceCatalog.ReplicaSets, newRs, rs =>
                rs.Metadata().EnsureObject("annotations")[RevisionAnnotation] = (maxOldRevision + 1).ToString(CultureInfo.InvariantCulture));
        }

        var newReplicas = Replicas(newRs);
        var oldTotal = old.Sum(Replicas);
        int target;
        if (recreate || oldTotal == 0)
        {
            target = replicas;
        }
        else
        {
            var maxTotal = replicas + parameters.MaxSurge;
            var current = oldTotal + newReplicas;
            target = current >= maxTotal ? newReplicas : newReplicas + Math.Min(maxTotal - current, replicas - newReplicas);
            target = Math.Clamp(target, 0, replicas);
        }

        newRs = Scale(d, newRs, target, parameters);
        if (!recreate && oldTotal > 0)
        {
            ScaleDownOld(d, newRs, old, replicas, parameters);
        }

        return newRs;
    }

    /// <summary>reconcileOldReplicaSets: first the old pods that are not available, then available ones down to minAvailable.</summary>
    private void ScaleDownOld(JsonObject d, JsonObject newRs, List<JsonObject> old, int replicas, RollingParameters parameters)
    {
        var sizes = old.ToDictionary(rs => rs.Name(), Replicas, StringComparer.Ordinal);
        var minAvailable = replicas - parameters.MaxUnavailable;
        var newUnavailable = Replicas(newRs) - Available(newRs);
        var maxCleanup = sizes.Values.Sum() + Replicas(newRs) - minAvailable - newUnavailable;
        foreach (var rs in old)
        {
            var unhealthy = Math.Min(sizes[rs.Name()] - Available(rs), maxCleanup);
            if (unhealthy > 0)
            {
                sizes[rs.Name()] -= unhealthy;
                maxCleanup -= unhealthy;
            }
        }

        var availableTotal = old.Sum(rs => Math.Min(Available(rs), sizes[rs.Name()])) + Available(newRs);
        var scaleDown = availableTotal - minAvailable;
        foreach (var rs in old)
        {
            var step = Math.Min(sizes[rs.Name()], Math.Max(scaleDown, 0));
            sizes[rs.Name()] -= step;
            scaleDown -= step;
            if (sizes[rs.Name()] != Replicas(rs))
            {
                Scale(d, rs, sizes[rs.Name()], parameters);
            }
        }
    }

    private JsonObject? CreateReplicaSet(JsonObject d, JsonObject template, List<JsonObject> old, int replicas, RollingParameters parameters)
    {
        var collisions = d.Status().LongAt("collisionCount");
        var hash = PodTemplates.Hash(template, collisions);
        var name = $"{d.Name()}-{hash}";
        if (Reader.Get(ResourceCatalog.ReplicaSets, d.Namespace(), name) is { } taken)
        {
            if (OwnerReferences.IsControlledBy(taken, d) && SameTemplate(taken, template))
            {
                return taken;
            }

            // Someone else's ReplicaSet holds the name: hash again with collisionCount + 1.
            Store.ChangeStatus(ResourceCatalog.Deployments, d, status => status["collisionCount"] = (collisions ?? 0) + 1);
            return null;
        }

        var rsTemplate = (JsonObject)template.DeepClone();
        rsTemplate.EnsureObject("metadata").EnsureObject("labels")[HashLabel] = hash;
        var selector = d.Spec().ObjectAt("selector")?.DeepClone() as JsonObject ?? [];
        selector.EnsureObject("matchLabels")[HashLabel] = hash;
        var oldTotal = old.Sum(Replicas);
        var initial = Math.Clamp(Math.Min(replicas + parameters.MaxSurge - oldTotal, replicas), 0, replicas);
        var revision = old.Select(Revision).DefaultIfEmpty(0).Max() + 1;
        var rs = new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["name"] = name,
                ["labels"] = rsTemplate.ObjectAt("metadata").ObjectAt("labels")!.DeepClone(),
                ["annotations"] = new JsonObject
                {
                    [DesiredAnnotation] = replicas.ToString(CultureInfo.InvariantCulture),
                    [MaxAnnotation] = (replicas + parameters.MaxSurge).ToString(CultureInfo.InvariantCulture),
                    [RevisionAnnotation] = revision.ToString(CultureInfo.InvariantCulture),
                },
                ["ownerReferences"] = new JsonArray(OwnerReferences.ControllerReference(ResourceCatalog.Deployments, d)),
            },
            ["spec"] = new JsonObject
            {
                ["replicas"] = initial,
                ["minReadySeconds"] = d.Spec().LongAt("minReadySeconds"),
                ["selector"] = selector,
                ["template"] = rsTemplate,
            },
        };
        var stored = Store.Create(ResourceCatalog.ReplicaSets, d.Namespace(), rs, dryRun: false).Thaw();
        if (initial > 0)
        {
            events.Normal(ResourceCatalog.Deployments, d, EventSource.DeploymentController, "ScalingReplicaSet", $"Scaled up replica set {name} from 0 to {initial}");
        }

        if (old.Count > 0)
        {
            ScaleDownOld(d, stored, old, replicas, parameters);
        }

        return stored;
    }

    /// <summary>Sets a ReplicaSet's size and the desired/max annotations, with the ScalingReplicaSet event.</summary>
    private JsonObject Scale(JsonObject d, JsonObject rs, int to, RollingParameters parameters)
    {
        var from = Replicas(rs);
        var desired = Replicas(d).ToString(CultureInfo.InvariantCulture);
        var max = (Replicas(d) + parameters.MaxSurge).ToString(CultureInfo.InvariantCulture);
        var annotations = rs.Annotations();
        if (from == to && annotations.GetValueOrDefault(DesiredAnnotation) == desired && annotations.GetValueOrDefault(MaxAnnotation) == max)
        {
            return rs;
        }

        var scaled = Store.Change(ResourceCatalog.ReplicaSets, rs, obj =>
        {
            obj.EnsureObject("spec")["replicas"] = to;
            var meta = obj.Metadata().EnsureObject("annotations");
            meta[DesiredAnnotation] = desired;
            meta[MaxAnnotation] = max;
        });
        if (from != to)
        {
            var direction = to > from ? "up" : "down";
            events.Normal(ResourceCatalog.Deployments, d, EventSource.DeploymentController, "ScalingReplicaSet", $"Scaled {direction} replica set {rs.Name()} from {from} to {to}");
        }

        return scaled;
    }

    /// <summary>cleanupDeployment: the oldest empty ReplicaSets beyond revisionHistoryLimit go.</summary>
    private void Cleanup(JsonObject d, List<JsonObject> old)
    {
        var limit = d.Spec().LongAt("revisionHistoryLimit") ?? 10;
        var empty = old.Where(rs => Replicas(rs) == 0 && (rs.Status().LongAt("replicas") ?? 0) == 0).OrderBy(Revision).ToList();
        foreach (var rs in empty.Take(Math.Max(old.Count - (int)limit, 0)))
        {
            Store.Delete(ResourceCatalog.ReplicaSets, rs.Namespace(), rs.Name(), new DeleteOptions());
        }
    }

    private void WriteStatus(JsonObject d, List<JsonObject> all, JsonObject? newRs, RollingParameters parameters, bool created)
    {
        var replicas = Replicas(d);
        var previous = d.Status() ?? [];
        var actual = all.Sum(rs => rs.Status().LongAt("replicas") ?? 0);
        var updated = newRs?.Status().LongAt("replicas") ?? 0;
        var ready = all.Sum(rs => rs.Status().LongAt("readyReplicas") ?? 0);
        var available = all.Sum(rs => rs.Status().LongAt("availableReplicas") ?? 0);
        var unavailable = Math.Max(all.Sum(Replicas) - available, 0);
        var generation = d.ObjectAt("metadata").LongAt("generation") ?? 1;
        var now = ObjectMeta.Timestamp(Now);
        var rsName = newRs?.Name() ?? string.Empty;
        var complete = newRs is not null && updated == replicas && available == replicas && actual == replicas;
        var progressed = updated > (previous.LongAt("updatedReplicas") ?? 0) || actual < (previous.LongAt("replicas") ?? 0)
            || ready > (previous.LongAt("readyReplicas") ?? 0) || available > (previous.LongAt("availableReplicas") ?? 0);
        var deadline = d.Spec().LongAt("progressDeadlineSeconds");
        Store.ChangeStatus(ResourceCatalog.Deployments, d, status =>
        {
            var conditions = status["conditions"]?.DeepClone();
            var collisions = status.LongAt("collisionCount");
            status.Clear();
            status["observedGeneration"] = generation;
            ReplicaSetController.SetCount(status, "replicas", actual);
            ReplicaSetController.SetCount(status, "updatedReplicas", updated);
            ReplicaSetController.SetCount(status, "readyReplicas", ready);
            ReplicaSetController.SetCount(status, "availableReplicas", available);
            ReplicaSetController.SetCount(status, "unavailableReplicas", unavailable);
            status["conditions"] = conditions;
            if (available >= replicas - parameters.MaxUnavailable)
            {
                DeploymentConditions.Set(status, DeploymentConditions.Available, "True", "MinimumReplicasAvailable", "Deployment has minimum availability.", now);
            }
            else
            {
                DeploymentConditions.Set(status, DeploymentConditions.Available, "False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability.", now);
            }

            SetProgressing(d, status, rsName, now, created, complete, progressed, deadline);
            if (collisions is not null)
            {
                status["collisionCount"] = collisions;
            }
        });
    }

    private void SetProgressing(JsonObject d, JsonObject status, string rsName, string now, bool created, bool complete, bool progressed, long? deadline)
    {
        const string type = DeploymentConditions.Progressing;
        if (d.Spec().BoolAt("paused") == true)
        {
            DeploymentConditions.Set(status, type, "Unknown", "DeploymentPaused", "Deployment is paused", now);
            return;
        }

        if (rsName.Length == 0 || deadline is null)
        {
            return;
        }

        var current = DeploymentConditions.Find(status, type);
        if (created)
        {
            DeploymentConditions.Set(status, type, "True", "NewReplicaSetCreated", $"Created new replica set \"{rsName}\"", now);
        }
        else if (complete)
        {
            DeploymentConditions.Set(status, type, "True", "NewReplicaSetAvailable", $"ReplicaSet \"{rsName}\" has successfully progressed.", now);
        }
        else if (current is null)
        {
            DeploymentConditions.Set(status, type, "True", "FoundNewReplicaSet", $"Found new replica set \"{rsName}\"", now);
        }
        else if (progressed || (current.StringAt("reason") == "NewReplicaSetAvailable"))
        {
            DeploymentConditions.Set(status, type, "True", "ReplicaSetUpdated", $"ReplicaSet \"{rsName}\" is progressing.", now, touch: true);
        }
        else if (current.StringAt("reason") != "ProgressDeadlineExceeded"
            && DateTimeOffset.TryParse(current.StringAt("lastUpdateTime"), CultureInfo.InvariantCulture, out var since))
        {
            var due = since.AddSeconds(deadline.Value);
            if (Now >= due)
            {
                DeploymentConditions.Set(status, type, "False", "ProgressDeadlineExceeded", $"ReplicaSet \"{rsName}\" has timed out progressing.", now);
            }
            else
            {
                WakeAfter(due - Now);
            }
        }
    }

    /// <summary>EqualIgnoreHash: the ReplicaSet's template is the Deployment's plus the hash label.</summary>
    private static bool SameTemplate(JsonObject rs, JsonObject template)
    {
        var rsTemplate = rs.Spec().ObjectAt("template")?.DeepClone() as JsonObject ?? [];
        if (rsTemplate.ObjectAt("metadata").ObjectAt("labels") is { } labels)
        {
            labels.Remove(HashLabel);
            if (labels.Count == 0)
            {
                rsTemplate.ObjectAt("metadata")!.Remove("labels");
            }
        }

        return JsonNode.DeepEquals(rsTemplate, template);
    }

    private static int Replicas(JsonObject obj) => (int)(obj.Spec().LongAt("replicas") ?? 1);

    private static int Available(JsonObject rs) => (int)(rs.Status().LongAt("availableReplicas") ?? 0);

    private static long Revision(JsonObject rs) =>
        long.TryParse(rs.Annotations().GetValueOrDefault(RevisionAnnotation), NumberStyles.Integer, CultureInfo.InvariantCulture, out var revision) ? revision : 0;
}
