using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Controllers;

/// <summary>Pods from templates, and the template hashes the workload controllers name things by.</summary>
internal static class PodTemplates
{
    // apimachinery rand.SafeEncodeString's alphabet: no vowels, no look-alikes.
    private const string SafeAlphabet = "bcdfghjklmnpqrstvwxz2456789";

    /// <summary>
    /// controller.ComputeHash: FNV-32a over the template (+ collisionCount as 8 little-endian bytes),
    /// its decimal digits mapped through SafeEncodeString. The real one hashes Go's spew dump of the
    /// struct; this one hashes the template's JSON with sorted keys, so it is as deterministic (the same
    /// template gives the same name in every sandbox) but not the same string a real cluster prints.
    /// </summary>
    public static string Hash(JsonObject? template, long? collisionCount)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(Canonical(template)));
        if (collisionCount is { } collisions)
        {
            var count = new byte[8];
            BitConverter.TryWriteBytes(count.AsSpan(0, 4), (uint)collisions);
            bytes.AddRange(count);
        }

        uint hash = 2166136261;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        return SafeEncode(hash.ToString(CultureInfo.InvariantCulture));
    }

    public static string SafeEncode(string text) => new([.. text.Select(c => SafeAlphabet[c % SafeAlphabet.Length])]);

    /// <summary>A pod for <paramref name="owner"/> from its template: labels, annotations and spec copied, controller reference set.</summary>
    public static JsonObject NewPod(ResourceKind ownerKind, JsonObject owner, JsonObject template, string? name, IReadOnlyDictionary<string, string>? extraLabels = null)
    {
        var templateMeta = template.ObjectAt("metadata");
        var labels = (templateMeta.ObjectAt("labels")?.DeepClone() as JsonObject) ?? [];
        foreach (var (key, value) in extraLabels ?? new Dictionary<string, string>())
        {
            labels[key] = value;
        }

        var meta = new JsonObject { ["labels"] = labels };
        if (name is null)
        {
            meta["generateName"] = owner.Name() + "-";
        }
        else
        {
            meta["name"] = name;
        }

        if (templateMeta.ObjectAt("annotations") is { Count: > 0 } annotations)
        {
            meta["annotations"] = annotations.DeepClone();
        }

        meta["ownerReferences"] = new JsonArray(OwnerReferences.ControllerReference(ownerKind, owner));
        return new JsonObject
        {
            ["metadata"] = meta,
            ["spec"] = template.ObjectAt("spec")?.DeepClone() ?? new JsonObject(),
        };
    }

    private static string Canonical(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                builder.Append('{');
                foreach (var (key, value) in obj.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    builder.Append(JsonSerializer.Serialize(key)).Append(':');
                    Write(builder, value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                foreach (var item in array)
                {
                    Write(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            default:
                builder.Append(node?.ToJsonString() ?? "null");
                break;
        }
    }
}
