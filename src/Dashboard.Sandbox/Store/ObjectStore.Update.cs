using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Store;

internal sealed partial class ObjectStore
{
    /// <summary>
    /// Read-modify-write under the lock: <paramref name="change"/> gets a private copy of the stored
    /// object (null when absent) and returns the desired one. PUT, every patch type, server-side
    /// apply and the controllers all come through here.
    /// </summary>
    public WriteResult Update(ResourceKind kind, string ns, string name, Func<JsonObject?, JsonObject> change, WriteOptions options)
    {
        lock (gate)
        {
            var existing = objects[kind].GetValueOrDefault(StoredObject.KeyOf(kind.Namespaced ? ns : string.Empty, name));
            if (existing is null)
            {
                if (!options.CreateIfMissing)
                {
                    throw ApiErrors.NotFound(kind, name);
                }

                var fresh = change(null);
                CheckIdentity(kind, ns, name, fresh);
                return new WriteResult(CreateLocked(kind, ns, fresh, options.DryRun), true);
            }

            var current = existing.Thaw();
            var desired = change((JsonObject)current.DeepClone());
            CheckIdentity(kind, ns, name, desired);
            CheckResourceVersion(kind, name, desired.ResourceVersion(), existing.ResourceVersion, options.IsReplace);
            if (kind.HasStatus)
            {
                desired = options.Target == WriteTarget.Status ? WithStatus(current, desired) : WithStatus(desired, current);
            }

            KeepSystemMetadata(kind, desired, current);
            RefuseNewFinalizersWhileDeleting(kind, desired, current);
            Admit(kind, desired, current);
            if (kind.TracksGeneration && !JsonNode.DeepEquals(desired["spec"], current["spec"]))
            {
                desired.Metadata()["generation"] = (current.ObjectAt("metadata").LongAt("generation") ?? 1) + 1;
            }

            if (JsonNode.DeepEquals(Normalize(kind, desired), Normalize(kind, current)))
            {
                return new WriteResult(existing, false); // no-op: no new revision, no event
            }

            if (!options.DryRun && ShouldDeleteDuringUpdate(kind, desired, current))
            {
                return new WriteResult(Commit(kind, desired, EventTypes.Deleted, existing), false);
            }

            return new WriteResult(
                options.DryRun ? StoredObject.Freeze(kind, Normalize(kind, desired)) : Commit(kind, desired, EventTypes.Modified, existing),
                false);
        }
    }

    private static void CheckIdentity(ResourceKind kind, string ns, string name, JsonObject desired)
    {
        var meta = desired.Metadata();
        var bodyName = meta.StringAt("name");
        if (string.IsNullOrEmpty(bodyName) && string.IsNullOrEmpty(meta.StringAt("generateName")))
        {
            meta["name"] = name;
        }
        else if (bodyName != name)
        {
            throw ApiErrors.BadRequest($"the name of the object ({bodyName}) does not match the name on the URL ({name})");
        }

        var bodyNamespace = meta.StringAt("namespace");
        if (kind.Namespaced && !string.IsNullOrEmpty(bodyNamespace) && bodyNamespace != ns)
        {
            throw ApiErrors.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
        }
    }

    private static void CheckResourceVersion(ResourceKind kind, string name, string? sent, string stored, bool isReplace)
    {
        if (string.IsNullOrEmpty(sent))
        {
            if (isReplace && kind.RequiresResourceVersionOnUpdate)
            {
                throw ApiErrors.Invalid(kind, name, [FieldError.Invalid("metadata.resourceVersion", new RawValue("0x0"), "must be specified for an update")]);
            }

            return;
        }

        if (sent != stored)
        {
            throw ApiErrors.Conflict(kind, name);
        }
    }

    /// <summary>Takes everything from <paramref name="body"/> except status, which comes from <paramref name="statusFrom"/>.</summary>
    private static JsonObject WithStatus(JsonObject body, JsonObject statusFrom)
    {
        var result = (JsonObject)body.DeepClone();
        result.Remove("status");
        if (statusFrom["status"] is { } status)
        {
            result["status"] = status.DeepClone();
        }

        return result;
    }

    /// <summary>Fields only the server writes survive any update.</summary>
    private static void KeepSystemMetadata(ResourceKind kind, JsonObject desired, JsonObject current)
    {
        var meta = desired.Metadata();
        var stored = current.Metadata();
        foreach (var field in new[] { "uid", "creationTimestamp", "resourceVersion", "generation", "deletionTimestamp", "deletionGracePeriodSeconds", "generateName" })
        {
            meta.Remove(field);
            if (stored[field] is { } value)
            {
                meta[field] = value.DeepClone();
            }
        }

        if (kind.Namespaced)
        {
            meta["namespace"] = current.Namespace();
        }
    }
}
