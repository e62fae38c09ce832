using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// <c>metadata.ownerReferences</c>: the controller reference every workload controller puts on what it
/// makes, and the lookups the controllers and the garbage collector do over them.
/// </summary>
internal static class OwnerReferences
{
    /// <summary>The reference a controller puts on what it makes; blockOwnerDeletion lets foreground deletion wait for it.</summary>
    public static JsonObject ControllerReference(ResourceKind kind, JsonObject owner) => new()
    {
        ["apiVersion"] = kind.ApiVersion,
        ["kind"] = kind.Kind,
        ["name"] = owner.Name(),
        ["uid"] = Uid(owner),
        ["controller"] = true,
        ["blockOwnerDeletion"] = true,
    };

    public static bool IsControlledBy(JsonObject obj, JsonObject owner) =>
        Of(obj).Any(r => r.BoolAt("controller") == true && r.StringAt("uid") == Uid(owner));

    /// <summary>What <paramref name="owner"/> controls among <paramref name="candidates"/>.</summary>
    public static List<JsonObject> Owned(IEnumerable<JsonObject> candidates, JsonObject owner) =>
        candidates.Where(c => IsControlledBy(c, owner)).ToList();

    public static IEnumerable<JsonObject> Of(JsonObject obj) => obj.ObjectAt("metadata").ArrayAt("ownerReferences").Objects();

    public static string Uid(JsonObject obj) => obj.ObjectAt("metadata").StringAt("uid") ?? string.Empty;

    public static bool IsBeingDeleted(JsonObject obj) => obj.ObjectAt("metadata")?["deletionTimestamp"] is not null;

    /// <summary>The kind a reference names, by group and kind (any version); null when the cluster has no such kind.</summary>
    public static ResourceKind? KindOf(JsonObject reference)
    {
        var apiVersion = reference.StringAt("apiVersion") ?? string.Empty;
        var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
        var kind = reference.StringAt("kind");
        return ResourceCatalog.All.FirstOrDefault(k => k.Group == group && k.Kind == kind);
    }

    /// <summary>
    /// Whether the owner a reference names is gone: absent, or replaced by an object of the same
    /// name with another uid. An owner of a kind the cluster does not know counts as present, as
    /// the real collector cannot resolve it and leaves the dependent alone.
    /// </summary>
    public static bool IsDangling(IStoreReader store, JsonObject reference, string dependentNamespace)
    {
        if (KindOf(reference) is not { } kind)
        {
            return false;
        }

        var owner = store.Get(kind, kind.Namespaced ? dependentNamespace : string.Empty, reference.StringAt("name") ?? string.Empty);
        return owner is null || Uid(owner) != reference.StringAt("uid");
    }

    /// <summary>The owner a reference names, if it is there with that uid.</summary>
    public static (ResourceKind Kind, JsonObject Owner)? Find(IStoreReader store, JsonObject reference, string dependentNamespace)
    {
        if (KindOf(reference) is not { } kind)
        {
            return null;
        }

        var owner = store.Get(kind, kind.Namespaced ? dependentNamespace : string.Empty, reference.StringAt("name") ?? string.Empty);
        return owner is not null && Uid(owner) == reference.StringAt("uid") ? (kind, owner) : null;
    }
}
