using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Store;

internal sealed partial class ObjectStore
{
    public const string OrphanFinalizer = "orphan";

    public const string ForegroundFinalizer = "foregroundDeletion";

    /// <summary>
    /// Deletes as the generic registry does (apiserver registry/generic/registry/store.go): an
    /// object with finalizers, or deleted with the Orphan or Foreground policy, is only marked
    /// (deletionTimestamp) and goes when an update removes its last finalizer. A namespace is
    /// first marked Terminating; the namespace controller empties it, and deletes it again once
    /// its <c>kubernetes</c> finalizer is gone (registry core/namespace/storage).
    /// </summary>
    public DeleteResult Delete(ResourceKind kind, string ns, string name, DeleteOptions options)
    {
        lock (gate)
        {
            var existing = objects[kind].GetValueOrDefault(StoredObject.KeyOf(kind.Namespaced ? ns : string.Empty, name))
                ?? throw ApiErrors.NotFound(kind, name);
            var current = existing.Thaw();
            if (kind.RefuseDelete(current) is { } refusal)
            {
                throw refusal;
            }

            if (!string.IsNullOrEmpty(options.PreconditionUid) && options.PreconditionUid != Uid(current))
            {
                throw ApiErrors.UidPreconditionFailed(kind, name, options.PreconditionUid, Uid(current));
            }

            if (!string.IsNullOrEmpty(options.PreconditionResourceVersion) && options.PreconditionResourceVersion != existing.ResourceVersion)
            {
                throw ApiErrors.PreconditionFailed(kind, name, options.PreconditionResourceVersion, existing.ResourceVersion);
            }

            var beingDeleted = current.ObjectAt("metadata")?["deletionTimestamp"] is not null;
            if (kind.HasSpecFinalizers(current) || (kind == ResourceCatalog.Namespaces && !beingDeleted))
            {
                return beingDeleted ? throw ApiErrors.NamespaceFinalizing(kind, name) : MarkNamespace(kind, current, existing, options.DryRun);
            }

            var finalizers = Finalizers(current);
            var wanted = options.Propagation switch
            {
                PropagationPolicy.Orphan => finalizers.Where(f => f != ForegroundFinalizer).Append(OrphanFinalizer),
                PropagationPolicy.Foreground => finalizers.Where(f => f != OrphanFinalizer).Append(ForegroundFinalizer),
                PropagationPolicy.Background => finalizers.Where(f => f is not (OrphanFinalizer or ForegroundFinalizer)),
                _ => finalizers,
            };
            var kept = wanted.Distinct(StringComparer.Ordinal).ToList();
            if (kept.Count == 0)
            {
                return new DeleteResult(options.DryRun ? existing : Commit(kind, current, EventTypes.Deleted, existing), true);
            }

            var meta = current.Metadata();
            meta["finalizers"] = new JsonArray(kept.Select(f => (JsonNode)f).ToArray());
            if (!beingDeleted)
            {
                meta["deletionTimestamp"] = ObjectMeta.Timestamp(clock.GetUtcNow());
                meta["deletionGracePeriodSeconds"] = 0;
            }

            if (JsonNode.DeepEquals(current, existing.Thaw()))
            {
                return new DeleteResult(existing, false);
            }

            return new DeleteResult(options.DryRun ? StoredObject.Freeze(kind, Normalize(kind, current)) : Commit(kind, current, EventTypes.Modified, existing), false);
        }
    }

    /// <summary>
    /// The objects naming <paramref name="ownerUid"/> in their ownerReferences: in the owner's
    /// namespace, or everywhere for a cluster-scoped owner (ns null).
    /// </summary>
    public IReadOnlyList<StoredObject> Dependents(string ownerUid, string? ns)
    {
        var needle = Encoding.UTF8.GetBytes($"\"uid\":\"{ownerUid}\"");
        lock (gate)
        {
            return ResourceCatalog.All
                .Where(kind => kind.Namespaced || ns is null)
                .SelectMany(kind => Scan(kind, ns))
                .Where(obj => obj.Json.Span.IndexOf(needle) >= 0)
                .Where(obj => OwnerUids(obj.Thaw()).Contains(ownerUid))
                .ToList();
        }
    }

    public static IEnumerable<string> OwnerUids(JsonObject obj) =>
        obj.ObjectAt("metadata").ArrayAt("ownerReferences").Objects().Select(r => r.StringAt("uid")).OfType<string>();

    public static List<string> Finalizers(JsonObject obj) =>
        obj.ObjectAt("metadata").ArrayAt("finalizers")?.Select(JsonNodes.AsString).OfType<string>().ToList() ?? [];

    /// <summary>
    /// The registry's ShouldDeleteDuringUpdate: an update that leaves an object being deleted
    /// without finalizers deletes it.
    /// </summary>
    private static bool ShouldDeleteDuringUpdate(ResourceKind kind, JsonObject desired, JsonObject current) =>
        current.ObjectAt("metadata")?["deletionTimestamp"] is not null
        && Finalizers(desired).Count == 0
        && !kind.HasSpecFinalizers(desired);

    /// <summary>Metadata finalizers may be removed from an object being deleted, never added.</summary>
    private static void RefuseNewFinalizersWhileDeleting(ResourceKind kind, JsonObject desired, JsonObject current)
    {
        if (current.ObjectAt("metadata")?["deletionTimestamp"] is null)
        {
            return;
        }

        var added = Finalizers(desired).Except(Finalizers(current)).ToList();
        if (added.Count > 0)
        {
            var go = "[]string{" + string.Join(", ", added.Select(f => $"\"{f}\"")) + "}";
            throw ApiErrors.Invalid(kind, desired.Name(), [FieldError.Forbidden("metadata.finalizers", $"no new finalizers can be added if the object is being deleted, found new finalizers {go}")]);
        }
    }

    /// <summary>The NamespaceLifecycle admission plugin: nothing new in a namespace being deleted.</summary>
    private void RefuseContentInTerminatingNamespace(ResourceKind kind, string ns, string name)
    {
        if (kind.Namespaced
            && objects[ResourceCatalog.Namespaces].GetValueOrDefault(ns) is { } namespaceObject
            && namespaceObject.Thaw().Status().StringAt("phase") == "Terminating")
        {
            throw ApiErrors.NamespaceTerminating(kind, name, ns);
        }
    }

    private DeleteResult MarkNamespace(ResourceKind kind, JsonObject current, StoredObject existing, bool dryRun)
    {
        current.Metadata()["deletionTimestamp"] = ObjectMeta.Timestamp(clock.GetUtcNow());
        current.EnsureObject("status")["phase"] = "Terminating";
        return new DeleteResult(dryRun ? StoredObject.Freeze(kind, Normalize(kind, current)) : Commit(kind, current, EventTypes.Modified, existing), false);
    }

    private static string Uid(JsonObject obj) => obj.ObjectAt("metadata").StringAt("uid") ?? string.Empty;
}
