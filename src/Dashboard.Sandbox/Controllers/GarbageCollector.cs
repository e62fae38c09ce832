using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// kube-controller-manager's garbage collector, by ownerReference uid: when an owner goes, its
/// dependents go too (Background) unless another owner still holds them; an owner deleted with
/// Orphan keeps its <c>orphan</c> finalizer until no dependent names it; one deleted with
/// Foreground keeps <c>foregroundDeletion</c> until its blocking dependents are gone.
/// </summary>
internal sealed class GarbageCollector(ObjectStore store) : StoreController(store)
{
    protected override void Handle(WatchEvent change)
    {
        var obj = change.Object.Thaw();
        if (change.Type == EventTypes.Deleted)
        {
            CollectDependentsOf(change.Object.Kind, obj);
            WakeOwnersWaitingFor(obj);
            return;
        }

        if (OwnerReferences.IsBeingDeleted(obj))
        {
            var finalizers = ObjectStore.Finalizers(obj);
            if (finalizers.Contains(ObjectStore.OrphanFinalizer))
            {
                Orphan(change.Object.Kind, obj);
            }
            else if (finalizers.Contains(ObjectStore.ForegroundFinalizer))
            {
                DeleteDependentsFirst(change.Object.Kind, obj);
            }
        }
        else if (change.Type == EventTypes.Added && OwnerReferences.Of(obj).Any()
                 && OwnerReferences.Of(obj).All(r => OwnerReferences.IsDangling(Reader, r, obj.Namespace())))
        {
            // Made for an owner that is already gone (a dependent created while its owner was deleted).
            Delete(change.Object.Kind, obj, PropagationPolicy.Background);
        }
    }

    /// <summary>The owner is gone: its dependents follow, unless another owner still holds them.</summary>
    private void CollectDependentsOf(ResourceKind kind, JsonObject owner)
    {
        var uid = OwnerReferences.Uid(owner);
        foreach (var dependent in Store.Dependents(uid, kind.Namespaced ? owner.Namespace() : null))
        {
            var obj = dependent.Thaw();
            if (OwnerReferences.IsBeingDeleted(obj))
            {
                continue;
            }

            var references = OwnerReferences.Of(obj).ToList();
            if (references.All(r => r.StringAt("uid") == uid || OwnerReferences.IsDangling(Reader, r, obj.Namespace())))
            {
                Delete(dependent.Kind, obj, PropagationPolicy.Background);
            }
            else
            {
                Attempt(() => RemoveReferences(dependent.Kind, obj, r => r.StringAt("uid") == uid || OwnerReferences.IsDangling(Reader, r, obj.Namespace())));
            }
        }
    }

    /// <summary>A dependent went: an owner waiting in foreground deletion may now be free to go.</summary>
    private void WakeOwnersWaitingFor(JsonObject dependent)
    {
        foreach (var reference in OwnerReferences.Of(dependent))
        {
            if (OwnerReferences.Find(Reader, reference, dependent.Namespace()) is { } found
                && OwnerReferences.IsBeingDeleted(found.Owner)
                && ObjectStore.Finalizers(found.Owner).Contains(ObjectStore.ForegroundFinalizer))
            {
                DeleteDependentsFirst(found.Kind, found.Owner);
            }
        }
    }

    private void Orphan(ResourceKind kind, JsonObject owner)
    {
        var uid = OwnerReferences.Uid(owner);
        foreach (var dependent in Store.Dependents(uid, kind.Namespaced ? owner.Namespace() : null))
        {
            Attempt(() => RemoveReferences(dependent.Kind, dependent.Thaw(), r => r.StringAt("uid") == uid));
        }

        RemoveFinalizer(kind, owner, ObjectStore.OrphanFinalizer);
    }

    /// <summary>Deletes every dependent (the blocking ones in foreground too); the owner goes when none blocks it.</summary>
    private void DeleteDependentsFirst(ResourceKind kind, JsonObject owner)
    {
        var uid = OwnerReferences.Uid(owner);
        var blocking = 0;
        foreach (var dependent in Store.Dependents(uid, kind.Namespaced ? owner.Namespace() : null))
        {
            var obj = dependent.Thaw();
            var blocks = OwnerReferences.Of(obj).Any(r => r.StringAt("uid") == uid && r.BoolAt("blockOwnerDeletion") == true);
            if (blocks)
            {
                blocking++;
            }

            if (!OwnerReferences.IsBeingDeleted(obj))
            {
                Delete(dependent.Kind, obj, blocks ? PropagationPolicy.Foreground : PropagationPolicy.Background);
            }
        }

        if (blocking == 0)
        {
            RemoveFinalizer(kind, owner, ObjectStore.ForegroundFinalizer);
        }
    }

    private void Delete(ResourceKind kind, JsonObject obj, PropagationPolicy policy) =>
        Attempt(() => Store.Delete(kind, obj.Namespace(), obj.Name(), new DeleteOptions { Propagation = policy, PreconditionUid = OwnerReferences.Uid(obj) }));

    private void RemoveReferences(ResourceKind kind, JsonObject obj, Func<JsonObject, bool> remove) =>
        Store.Update(kind, obj.Namespace(), obj.Name(), current =>
        {
            var desired = current!;
            if (OwnerReferences.Uid(desired) != OwnerReferences.Uid(obj))
            {
                return desired;
            }

            var kept = OwnerReferences.Of(desired).Where(r => !remove(r)).Select(r => (JsonNode)r.DeepClone()).ToArray();
            if (kept.Length == 0)
            {
                desired.Metadata().Remove("ownerReferences");
            }
            else
            {
                desired.Metadata()["ownerReferences"] = new JsonArray(kept);
            }

            return desired;
        }, new WriteOptions());

    private void RemoveFinalizer(ResourceKind kind, JsonObject obj, string finalizer) =>
        Attempt(() => Store.Update(kind, obj.Namespace(), obj.Name(), current =>
        {
            var desired = current!;
            var kept = ObjectStore.Finalizers(desired).Where(f => f != finalizer).Select(f => (JsonNode)f).ToArray();
            if (kept.Length == 0)
            {
                desired.Metadata().Remove("finalizers");
            }
            else
            {
                desired.Metadata()["finalizers"] = new JsonArray(kept);
            }

            return desired;
        }, new WriteOptions()));

    /// <summary>One write of many: a dependent that went or changed meanwhile does not stop the rest.</summary>
    private static void Attempt(Action write)
    {
        try
        {
            write();
        }
        catch (ApiException)
        {
            // Gone or changed meanwhile; its own event brings it back here if anything is left to do.
        }
    }
}
