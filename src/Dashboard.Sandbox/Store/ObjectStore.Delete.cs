using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Store;

internal sealed partial class ObjectStore
{
    /// <summary>
    /// Deletes at once (no finalizers run here). A namespace takes its objects with it; the real
    /// server does that in the background, the emulator before answering.
    /// </summary>
    public StoredObject Delete(ResourceKind kind, string ns, string name, bool dryRun, string? preconditionResourceVersion)
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

            if (!string.IsNullOrEmpty(preconditionResourceVersion) && preconditionResourceVersion != existing.ResourceVersion)
            {
                throw ApiErrors.PreconditionFailed(kind, name, preconditionResourceVersion, existing.ResourceVersion);
            }

            if (dryRun)
            {
                return existing;
            }

            if (kind == ResourceCatalog.Namespaces)
            {
                DeleteContents(name);
                current.Metadata()["deletionTimestamp"] = ObjectMeta.Timestamp(clock.GetUtcNow());
                current.EnsureObject("status")["phase"] = "Terminating";
            }

            return Commit(kind, current, EventTypes.Deleted, existing);
        }
    }

    private void DeleteContents(string ns)
    {
        foreach (var kind in ResourceCatalog.All.Where(k => k.Namespaced))
        {
            foreach (var contained in objects[kind].Values.Where(obj => obj.Namespace == ns).ToList())
            {
                Commit(kind, contained.Thaw(), EventTypes.Deleted, contained);
            }
        }
    }
}
