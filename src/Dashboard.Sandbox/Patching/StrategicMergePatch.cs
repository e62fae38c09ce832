using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Patching;

/// <summary>
/// Strategic merge patch, the part kubectl and clients use: merge-patch semantics, plus lists of
/// known kinds merged by their key (Service ports by <c>port</c>, containers and env by
/// <c>name</c>…), and the directives <c>$patch</c>, <c>$retainKeys</c>,
/// <c>$setElementOrder/…</c> and <c>$deleteFromPrimitiveList/…</c>. Other lists are replaced,
/// as they are for fields without a patch strategy.
/// </summary>
internal static class StrategicMergePatch
{
    private const string SetOrderPrefix = "$setElementOrder/";
    private const string DeletePrimitivesPrefix = "$deleteFromPrimitiveList/";

    public static JsonObject Apply(JsonObject target, JsonObject patch) =>
        MergeObject((JsonObject)target.DeepClone(), patch) ?? [];

    /// <summary>Merges into <paramref name="target"/> (owned); null means "delete this object".</summary>
    private static JsonObject? MergeObject(JsonObject target, JsonObject patch)
    {
        switch (patch.StringAt("$patch"))
        {
            case "replace":
                return StripDirectives(patch);
            case "delete":
                return null;
        }

        foreach (var (key, value) in patch)
        {
            if (key.StartsWith('$'))
            {
                continue;
            }

            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject patchObject && target[key] is JsonObject existing)
            {
                var merged = MergeObject((JsonObject)existing.DeepClone(), patchObject);
                if (merged is null)
                {
                    target.Remove(key);
                }
                else
                {
                    target[key] = merged;
                }
            }
            else if (value is JsonArray patchArray)
            {
                target[key] = MergeList(key, target[key] as JsonArray, patchArray);
            }
            else
            {
                target[key] = value is JsonObject fresh ? StripDirectives(fresh) : value.DeepClone();
            }
        }

        ApplyListDirectives(target, patch);
        if (patch["$retainKeys"] is JsonArray retain)
        {
            var keep = retain.Select(JsonNodes.AsString).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var key in target.Select(p => p.Key).Where(k => !keep.Contains(k)).ToList())
            {
                target.Remove(key);
            }
        }

        return target;
    }

    private static JsonArray MergeList(string field, JsonArray? existing, JsonArray patch)
    {
        var mergeKey = ListMergeKeys.For(field, existing, patch);
        if (mergeKey is null || patch.Objects().Any(e => e.StringAt("$patch") == "replace"))
        {
            return new JsonArray(patch.Where(e => e is not JsonObject o || o.StringAt("$patch") is null)
                .Select(e => e is JsonObject o ? StripDirectives(o) : e?.DeepClone()).ToArray());
        }

        var result = existing?.Objects().Select(e => (JsonObject)e.DeepClone()).ToList() ?? [];
        foreach (var element in patch.Objects())
        {
            var key = JsonNodes.AsText(element[mergeKey]);
            var index = result.FindIndex(e => JsonNodes.AsText(e[mergeKey]) == key);
            if (element.StringAt("$patch") == "delete")
            {
                if (index >= 0)
                {
                    result.RemoveAt(index);
                }
            }
            else if (index >= 0)
            {
                result[index] = MergeObject(result[index], element) ?? result[index];
            }
            else
            {
                result.Add(StripDirectives(element));
            }
        }

        return new JsonArray(result.ToArray<JsonNode?>());
    }

    /// <summary>Orders lists by <c>$setElementOrder</c> and removes <c>$deleteFromPrimitiveList</c> values.</summary>
    private static void ApplyListDirectives(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.Where(p => p.Value is JsonArray))
        {
            if (key.StartsWith(DeletePrimitivesPrefix, StringComparison.Ordinal) && target[key[DeletePrimitivesPrefix.Length..]] is JsonArray primitives)
            {
                var doomed = ((JsonArray)value!).Select(v => v?.ToJsonString()).ToHashSet();
                foreach (var item in primitives.Where(item => doomed.Contains(item?.ToJsonString())).ToList())
                {
                    primitives.Remove(item);
                }
            }
            else if (key.StartsWith(SetOrderPrefix, StringComparison.Ordinal) && target[key[SetOrderPrefix.Length..]] is JsonArray list)
            {
                var field = key[SetOrderPrefix.Length..];
                var mergeKey = ListMergeKeys.For(field, list, (JsonArray)value!);
                var order = ((JsonArray)value!).Select(v => v is JsonObject o && mergeKey is not null ? JsonNodes.AsText(o[mergeKey]) : v?.ToJsonString()).ToList();
                var sorted = list.Select(item => item?.DeepClone())
                    .OrderBy(item => order.IndexOf(item is JsonObject o && mergeKey is not null ? JsonNodes.AsText(o[mergeKey]) : item?.ToJsonString()) is var i and >= 0 ? i : int.MaxValue)
                    .ToArray();
                target[field] = new JsonArray(sorted);
            }
        }
    }

    private static JsonObject StripDirectives(JsonObject obj)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in obj.Where(p => !p.Key.StartsWith('$')))
        {
            copy[key] = value switch
            {
                JsonObject child => StripDirectives(child),
                JsonArray array => new JsonArray(array.Select(e => e is JsonObject o ? StripDirectives(o) : e?.DeepClone()).ToArray()),
                _ => value?.DeepClone(),
            };
        }

        return copy;
    }
}
