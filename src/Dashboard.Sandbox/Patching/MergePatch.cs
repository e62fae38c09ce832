using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Patching;

/// <summary>RFC 7386 JSON merge patch: objects merge, null deletes, anything else replaces.</summary>
internal static class MergePatch
{
    public static JsonObject Apply(JsonObject target, JsonObject patch) => (JsonObject)Merge(target, patch)!;

    private static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : [];
        foreach (var (key, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                result[key] = Merge(result[key], value);
            }
        }

        return result;
    }
}
