using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Patching;

/// <summary>The <c>patchMergeKey</c> of the list fields the served kinds (and pods in passing) declare.</summary>
internal static class ListMergeKeys
{
    private static readonly Dictionary<string, string[]> Keys = new(StringComparer.Ordinal)
    {
        ["ports"] = ["port", "containerPort"],
        ["containers"] = ["name"],
        ["initContainers"] = ["name"],
        ["env"] = ["name"],
        ["volumes"] = ["name"],
        ["volumeMounts"] = ["mountPath"],
        ["imagePullSecrets"] = ["name"],
        ["conditions"] = ["type"],
        ["addresses"] = ["type"],
        ["ownerReferences"] = ["uid"],
    };

    /// <summary>The merge key of <paramref name="field"/>, if every element of both lists carries it.</summary>
    public static string? For(string field, JsonArray? existing, JsonArray patch)
    {
        if (!Keys.TryGetValue(field, out var candidates))
        {
            return null;
        }

        var elements = patch.Concat(existing ?? []).ToList();
        return candidates.FirstOrDefault(key =>
            elements.All(e => e is JsonObject o && (o.ContainsKey(key) || o["$patch"] is not null)));
    }
}
