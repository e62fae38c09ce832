using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Controllers;

/// <summary>Controller references (metadata.ownerReferences with controller: true), as every workload controller sets them.</summary>
internal static class Ownership
{
    /// <summary>The reference a controller puts on what it makes; blockOwnerDeletion lets foreground deletion wait for it.</summary>
    public static JsonObject ControllerReference(ResourceKind kind, JsonObject owner) => new()
    {
        ["apiVersion"] = kind.ApiVersion,
        ["kind"] = kind.Kind,
        ["name"] = owner.Name(),
        ["uid"] = owner.ObjectAt("metadata").StringAt("uid"),
        ["controller"] = true,
        ["blockOwnerDeletion"] = true,
    };

    public static bool IsControlledBy(JsonObject obj, JsonObject owner) =>
        obj.ObjectAt("metadata").ArrayAt("ownerReferences").Objects()
            .Any(r => r.BoolAt("controller") == true && r.StringAt("uid") == owner.ObjectAt("metadata").StringAt("uid"));

    /// <summary>What <paramref name="owner"/> (of <paramref name="kind"/>) controls among <paramref name="candidates"/>' objects in its namespace.</summary>
    public static List<JsonObject> Owned(IEnumerable<JsonObject> candidates, JsonObject owner) =>
        candidates.Where(c => IsControlledBy(c, owner)).ToList();

    public static bool IsDeleting(JsonObject obj) => obj.ObjectAt("metadata").StringAt("deletionTimestamp") is not null;
}
