using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Patching;

/// <summary>RFC 6902 JSON patch: add, remove, replace, move, copy, test.</summary>
internal static class JsonPatch
{
    public static JsonObject Apply(JsonObject target, JsonArray operations)
    {
        var document = (JsonObject)target.DeepClone();
        foreach (var operation in operations.Objects())
        {
            var path = operation.StringAt("path") ?? throw Invalid("missing path");
            switch (operation.StringAt("op"))
            {
                case "add":
                    Add(document, path, operation["value"]?.DeepClone());
                    break;
                case "remove":
                    Remove(document, path);
                    break;
                case "replace":
                    Remove(document, path);
                    Add(document, path, operation["value"]?.DeepClone());
                    break;
                case "move":
                    var moved = Remove(document, operation.StringAt("from") ?? throw Invalid("missing from"));
                    Add(document, path, moved);
                    break;
                case "copy":
                    Add(document, path, Find(document, operation.StringAt("from") ?? throw Invalid("missing from"))?.DeepClone());
                    break;
                case "test":
                    if (!JsonNode.DeepEquals(Find(document, path), operation["value"]))
                    {
                        throw Invalid($"testing value {path} failed");
                    }

                    break;
                default:
                    throw Invalid($"Unexpected kind: {operation.StringAt("op")}");
            }
        }

        return document;
    }

    private static void Add(JsonObject document, string path, JsonNode? value)
    {
        var (parent, token) = Parent(document, path);
        switch (parent)
        {
            case JsonObject obj:
                obj[token] = value;
                break;
            case JsonArray array when token == "-":
                array.Add(value);
                break;
            case JsonArray array:
                array.Insert(Index(array, token, allowEnd: true), value);
                break;
        }
    }

    private static JsonNode? Remove(JsonObject document, string path)
    {
        var (parent, token) = Parent(document, path);
        switch (parent)
        {
            case JsonObject obj when obj.ContainsKey(token):
                var removed = obj[token];
                obj.Remove(token);
                return removed;
            case JsonArray array:
                var index = Index(array, token, allowEnd: false);
                var item = array[index];
                array.RemoveAt(index);
                return item;
            default:
                throw Invalid($"Unable to remove nonexistent key: {token}: missing value");
        }
    }

    private static JsonNode? Find(JsonObject document, string path)
    {
        var (parent, token) = Parent(document, path);
        return parent switch
        {
            JsonObject obj => obj[token],
            JsonArray array => array[Index(array, token, allowEnd: false)],
            _ => null,
        };
    }

    /// <summary>The container the last token of a JSON pointer addresses, and that token.</summary>
    private static (JsonNode Parent, string Token) Parent(JsonObject document, string path)
    {
        var tokens = path.Split('/').Skip(1).Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
        if (tokens.Count == 0)
        {
            throw Invalid("the root document may not be replaced");
        }

        JsonNode current = document;
        foreach (var token in tokens.Take(tokens.Count - 1))
        {
            current = current switch
            {
                JsonObject obj => obj[token],
                JsonArray array => array[Index(array, token, allowEnd: false)],
                _ => null,
            } ?? throw Invalid($"doc is missing path: \"{path}\": missing value");
        }

        return (current, tokens[^1]);
    }

    private static int Index(JsonArray array, string token, bool allowEnd) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index <= array.Count - (allowEnd ? 0 : 1)
            ? index
            : throw Invalid($"Unable to access invalid index: {token}: invalid index");

    private static ApiException Invalid(string message) => new(422, "Invalid", message);
}
