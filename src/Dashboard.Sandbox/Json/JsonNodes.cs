using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Json;

/// <summary>Small accessors over System.Text.Json nodes, tolerant of the shapes clients send.</summary>
internal static class JsonNodes
{
    public static JsonObject? ObjectAt(this JsonObject? parent, string key) => parent?[key] as JsonObject;

    public static JsonArray? ArrayAt(this JsonObject? parent, string key) => parent?[key] as JsonArray;

    /// <summary>The child object, created (or replaced when it is not an object) on demand.</summary>
    public static JsonObject EnsureObject(this JsonObject parent, string key)
    {
        if (parent[key] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        parent[key] = created;
        return created;
    }

    public static string? StringAt(this JsonObject? parent, string key) => AsString(parent?[key]);

    public static long? LongAt(this JsonObject? parent, string key) => AsLong(parent?[key]);

    public static bool? BoolAt(this JsonObject? parent, string key) =>
        parent?[key] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValueKind() == JsonValueKind.True
            : null;

    public static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static long? AsLong(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        // Round-trip through text: a value may wrap an int, a long, a double or a JsonElement.
        return long.TryParse(value.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : null;
    }

    /// <summary>An int-or-string (targetPort, backend port) as its text.</summary>
    public static string? AsText(JsonNode? node) => AsString(node) ?? AsLong(node)?.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyDictionary<string, string> StringMap(this JsonObject? parent, string key)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (parent?[key] is JsonObject obj)
        {
            foreach (var (name, value) in obj)
            {
                map[name] = AsText(value) ?? string.Empty;
            }
        }

        return map;
    }

    public static IEnumerable<JsonObject> Objects(this JsonArray? array) =>
        array is null ? [] : array.OfType<JsonObject>();

    public static JsonObject ParseObject(ReadOnlySpan<byte> utf8) =>
        JsonNode.Parse(utf8) as JsonObject ?? throw new JsonException("Expected a JSON object.");

    /// <summary>Drops null members recursively: the Go server never stores a null field.</summary>
    public static void RemoveNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Where(pair => pair.Value is null).Select(pair => pair.Key).ToList())
                {
                    obj.Remove(key);
                }

                foreach (var (_, child) in obj)
                {
                    RemoveNulls(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    RemoveNulls(child);
                }

                break;
        }
    }
}
