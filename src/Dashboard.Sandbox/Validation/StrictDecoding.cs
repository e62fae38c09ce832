using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.OpenApi;

namespace Dashboard.Sandbox.Validation;

/// <summary>
/// What the real server's strict decoder (sigs.k8s.io/json) reports for a JSON document against a kind's
/// schema, in document order: <c>unknown field "spec.bogus"</c> for a field the schema does not declare,
/// <c>duplicate field "spec.type"</c> for a key given twice. Maps and free-form objects take any key.
/// </summary>
internal static class StrictDecoding
{
    private sealed class Frame(JsonObject? schema, bool isObject, string path)
    {
        public JsonObject? Schema { get; } = schema;

        public bool IsObject { get; } = isObject;

        public string Path { get; } = path;

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public int Index { get; set; } = -1;

        public string? Key { get; set; }

        public JsonObject? KeySchema { get; set; }
    }

    public static IReadOnlyList<string> Problems(string json, string definition) =>
        Problems(Encoding.UTF8.GetBytes(json), definition);

    public static IReadOnlyList<string> Problems(byte[] json, string definition)
    {
        var problems = new List<string>();
        var root = Resolve(new JsonObject { ["$ref"] = SchemaCatalog.RefPrefix + definition });
        var frames = new Stack<Frame>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var frame = frames.Peek();
                        var key = reader.GetString()!;
                        frame.Key = key;
                        frame.KeySchema = null;
                        if (!frame.Keys.Add(key))
                        {
                            problems.Add($"duplicate field \"{Join(frame.Path, key)}\"");
                        }
                        else if (frame.Schema is { } schema)
                        {
                            if (schema["properties"] is JsonObject properties)
                            {
                                if (properties[key] is JsonObject property)
                                {
                                    frame.KeySchema = Resolve(property);
                                }
                                else
                                {
                                    problems.Add($"unknown field \"{Join(frame.Path, key)}\"");
                                }
                            }
                            else if (schema["additionalProperties"] is JsonObject values)
                            {
                                frame.KeySchema = Resolve(values);
                            }
                        }

                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var (path, child) = Child(frames, root);
                        frames.Push(new Frame(child, reader.TokenType == JsonTokenType.StartObject, path));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        Child(frames, root);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (a YAML body, already parsed): only the unknown fields of its JSON form are checked.
        }

        return problems;
    }

    /// <summary>The path and schema of the value starting now, in the frame on top (moving an array on).</summary>
    private static (string Path, JsonObject? Schema) Child(Stack<Frame> frames, JsonObject? root)
    {
        if (!frames.TryPeek(out var parent))
        {
            return (string.Empty, root);
        }

        if (parent.IsObject)
        {
            return (Join(parent.Path, parent.Key!), parent.KeySchema);
        }

        parent.Index++;
        var items = parent.Schema?["items"] is JsonObject itemSchema ? Resolve(itemSchema) : null;
        return ($"{parent.Path}[{parent.Index}]", items);
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>The schema a value is checked against, or null when any content is accepted.</summary>
    private static JsonObject? Resolve(JsonObject schema)
    {
        for (var depth = 0; depth < 8; depth++)
        {
            if (schema["x-kubernetes-preserve-unknown-fields"] is JsonValue preserve && preserve.GetValue<bool>())
            {
                return null;
            }

            if (SchemaCatalog.ReferenceOf(schema) is not { } name)
            {
                return schema["properties"] is null && schema["additionalProperties"] is null && schema["items"] is null ? null : schema;
            }

            if (SchemaCatalog.Shared.Find(name) is not { } target)
            {
                return null;
            }

            schema = target;
        }

        return null;
    }
}
