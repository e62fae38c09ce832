using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Store;

internal sealed partial class ObjectStore
{
    // The alphabet of apimachinery's utilrand.String: no vowels, no look-alikes.
    private const string NameSuffixAlphabet = "bcdfghjklmnpqrstvwxz2456789";
    private static readonly string[] TopLevelOrder = ["kind", "apiVersion", "metadata"];

    /// <summary>Creates an object; with <paramref name="dryRun"/> returns what would be stored.</summary>
    public StoredObject Create(ResourceKind kind, string ns, JsonObject obj, bool dryRun)
    {
        lock (gate)
        {
            return CreateLocked(kind, ns, obj, dryRun);
        }
    }

    private StoredObject CreateLocked(ResourceKind kind, string ns, JsonObject obj, bool dryRun)
    {
        var meta = obj.Metadata();
        if (kind.Namespaced)
        {
            RequireNamespace(ns);
            RefuseContentInTerminatingNamespace(kind, ns, meta.StringAt("name") ?? string.Empty);
            meta["namespace"] = ns;
        }
        else
        {
            meta.Remove("namespace");
        }

        if (!string.IsNullOrEmpty(meta.StringAt("resourceVersion")))
        {
            // The real server's etcd layer says exactly this, as a 500.
            throw ApiErrors.Internal("resourceVersion should not be set on objects to be created");
        }

        AssignGeneratedName(kind, ns, meta);
        meta["uid"] = Guid.NewGuid().ToString();
        meta["creationTimestamp"] = ObjectMeta.Timestamp(clock.GetUtcNow());
        meta.Remove("deletionTimestamp");
        meta.Remove("deletionGracePeriodSeconds");
        meta.Remove("generation");
        if (kind.TracksGeneration)
        {
            meta["generation"] = 1;
        }

        if (kind.ResetsStatusOnCreate)
        {
            obj.Remove("status");
        }

        kind.PrepareForCreate(obj);
        Admit(kind, obj, null);
        if (objects[kind].ContainsKey(StoredObject.KeyOf(kind.Namespaced ? ns : string.Empty, obj.Name())))
        {
            throw ApiErrors.AlreadyExists(kind, obj.Name());
        }

        return dryRun ? StoredObject.Freeze(kind, Normalize(kind, obj)) : Commit(kind, obj, EventTypes.Added, null);
    }

    private void AssignGeneratedName(ResourceKind kind, string ns, JsonObject meta)
    {
        var prefix = meta.StringAt("generateName");
        if (!string.IsNullOrEmpty(meta.StringAt("name")) || string.IsNullOrEmpty(prefix))
        {
            return;
        }

        string name;
        do
        {
            name = prefix + RandomNumberGenerator.GetString(NameSuffixAlphabet, 5);
        }
        while (objects[kind].ContainsKey(StoredObject.KeyOf(kind.Namespaced ? ns : string.Empty, name)));

        meta["name"] = name;
    }

    /// <summary>Generic metadata rules, then the kind's own; throws 422 with every failure at once.</summary>
    private void Admit(ResourceKind kind, JsonObject obj, JsonObject? old)
    {
        JsonNodes.RemoveNulls(obj);
        var admission = new Admission(obj, old, this);
        var name = obj.Name();
        if (name.Length == 0)
        {
            admission.Add(FieldError.Required("metadata.name", "name or generateName is required"));
        }

        foreach (var message in name.Length == 0 ? [] : NameRules.Check(kind.NameRule, name))
        {
            admission.Add(FieldError.Invalid("metadata.name", name, message));
        }

        kind.Admit(admission);
        if (admission.Errors.Count > 0)
        {
            throw ApiErrors.Invalid(kind, name, admission.Errors);
        }
    }

    /// <summary>Bumps the cluster revision, stores, logs and publishes one change.</summary>
    private StoredObject Commit(ResourceKind kind, JsonObject obj, string type, StoredObject? previous)
    {
        var next = ++revision;
        obj.Metadata()["resourceVersion"] = next.ToString(CultureInfo.InvariantCulture);
        var stored = StoredObject.Freeze(kind, Normalize(kind, obj));
        if (type == EventTypes.Deleted)
        {
            objects[kind].Remove(stored.Key);
        }
        else
        {
            objects[kind][stored.Key] = stored;
        }

        var change = new StoreEvent(next, type, stored, previous);
        log.Append(change);
        Hub.Publish(change);
        return stored;
    }

    /// <summary>kind, apiVersion, metadata, spec…, status: the order the real server writes.</summary>
    private static JsonObject Normalize(ResourceKind kind, JsonObject obj)
    {
        var ordered = new JsonObject { ["kind"] = kind.Kind, ["apiVersion"] = kind.ApiVersion };
        var rest = obj.Select(p => p.Key).Where(k => !TopLevelOrder.Contains(k) && k != "status");
        foreach (var key in rest.Prepend("metadata").Append("status"))
        {
            if (obj[key] is { } value)
            {
                ordered[key] = value.DeepClone();
            }
        }

        return ordered;
    }
}
