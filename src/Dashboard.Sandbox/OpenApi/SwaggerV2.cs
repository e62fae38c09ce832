using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.OpenApi;

/// <summary>
/// The Swagger 2.0 form (<c>/openapi/v2</c>) of the per-group-version v3 documents: one document with
/// <c>definitions</c>, references as bare <c>$ref</c> with siblings, parameters typed inline and request
/// bodies as <c>in: body</c> parameters, as the real server's v2 document has them.
/// </summary>
internal static class SwaggerV2
{
    private const string DefinitionsPrefix = "#/definitions/";

    public static JsonObject Merge(IEnumerable<JsonObject> documents, string kubernetesVersion)
    {
        var paths = new JsonObject();
        var definitions = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var (path, item) in document.ObjectAt("paths") ?? [])
            {
                paths[path] = PathItem((JsonObject)item!);
            }

            foreach (var (name, schema) in document.ObjectAt("components").ObjectAt("schemas") ?? [])
            {
                definitions.TryAdd(name, Schema(schema));
            }
        }

        return new JsonObject
        {
            ["swagger"] = "2.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = kubernetesVersion },
            ["paths"] = paths,
            ["definitions"] = new JsonObject(definitions.Select(d => KeyValuePair.Create(d.Key, d.Value))),
            ["securityDefinitions"] = new JsonObject
            {
                ["BearerToken"] = new JsonObject { ["description"] = "Bearer Token authentication", ["type"] = "apiKey", ["name"] = "authorization", ["in"] = "header" },
            },
            ["security"] = new JsonArray(new JsonObject { ["BearerToken"] = new JsonArray() }),
        };
    }

    private static JsonObject PathItem(JsonObject item)
    {
        var converted = new JsonObject();
        foreach (var (key, value) in item)
        {
            converted[key] = key == "parameters"
                ? new JsonArray([.. ((JsonArray)value!).OfType<JsonObject>().Select(Parameter)])
                : Operation((JsonObject)value!);
        }

        return converted;
    }

    private static JsonObject Operation(JsonObject operation)
    {
        var converted = new JsonObject();
        var parameters = new JsonArray();
        foreach (var (key, value) in operation)
        {
            switch (key)
            {
                case "parameters":
                    foreach (var parameter in ((JsonArray)value!).OfType<JsonObject>())
                    {
                        parameters.Add(Parameter(parameter));
                    }

                    break;
                case "requestBody":
                    var content = (value as JsonObject).ObjectAt("content") ?? [];
                    converted["consumes"] = new JsonArray([.. content.Select(c => (JsonNode)c.Key)]);
                    parameters.Insert(0, new JsonObject
                    {
                        ["name"] = "body",
                        ["in"] = "body",
                        ["required"] = true,
                        ["schema"] = Schema(content.FirstOrDefault().Value?.AsObject()["schema"]),
                    });
                    break;
                case "responses":
                    var responses = new JsonObject();
                    foreach (var (code, response) in value!.AsObject())
                    {
                        var converted2 = new JsonObject { ["description"] = response!["description"]?.DeepClone() };
                        if (response.AsObject().ObjectAt("content") is { } media && media.FirstOrDefault().Value?["schema"] is { } schema)
                        {
                            converted2["schema"] = Schema(schema);
                            converted["produces"] ??= new JsonArray([.. media.Select(m => (JsonNode)m.Key)]);
                        }

                        responses[code] = converted2;
                    }

                    converted["responses"] = responses;
                    break;
                default:
                    converted[key] = value?.DeepClone();
                    break;
            }
        }

        converted["parameters"] = parameters;
        converted["schemes"] = new JsonArray("https");
        return converted;
    }

    private static JsonObject Parameter(JsonObject parameter)
    {
        var converted = new JsonObject();
        foreach (var (key, value) in parameter)
        {
            if (key == "schema" && value is JsonObject schema)
            {
                foreach (var (field, setting) in schema)
                {
                    converted[field] = setting?.DeepClone();
                }
            }
            else
            {
                converted[key] = value?.DeepClone();
            }
        }

        return converted;
    }

    /// <summary>A v3 schema in v2 form: <c>allOf: [{$ref}]</c> becomes the <c>$ref</c> itself.</summary>
    private static JsonNode? Schema(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var converted = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (key == "allOf" && value is JsonArray { Count: 1 } all && all[0] is JsonObject only && only.ContainsKey("$ref"))
                    {
                        converted["$ref"] = Schema(only["$ref"]);
                    }
                    else
                    {
                        converted[key] = Schema(value);
                    }
                }

                return converted;
            case JsonArray array:
                return new JsonArray([.. array.Select(Schema)]);
            case JsonValue value when JsonNodes.AsString(value) is { } text && text.StartsWith(SchemaCatalog.RefPrefix, StringComparison.Ordinal):
                return DefinitionsPrefix + text[SchemaCatalog.RefPrefix.Length..];
            default:
                return node?.DeepClone();
        }
    }
}
