using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Validation;

/// <summary>Go's <c>%+v</c> of an unstructured object (<c>map[apiVersion:v1 kind:Service …]</c>, keys sorted), as patch errors print it.</summary>
internal static class GoValue
{
    public static string Format(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    private static void Write(StringBuilder text, JsonNode? node)
    {
        switch (node)
        {
            case null:
                text.Append("<nil>");
                break;
            case JsonObject obj:
                text.Append("map[");
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? string.Empty : " ").Append(key).Append(':');
                    Write(text, value);
                    first = false;
                }

                text.Append(']');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : " ");
                    Write(text, array[i]);
                }

                text.Append(']');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                text.Append(value.GetValue<string>());
                break;
            default:
                text.Append(node.ToJsonString());
                break;
        }
    }
}
