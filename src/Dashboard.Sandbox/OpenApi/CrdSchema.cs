using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.OpenApi;

/// <summary>
/// A few words for writing a CustomResourceDefinition's structural schema (openAPIV3Schema) in code:
/// the schema the OpenAPI documents serve, the strict decoder checks fields against, and
/// <see cref="Validation.StructuralSchema"/> defaults and validates with.
/// </summary>
internal static class CrdSchema
{
    public static JsonObject Object(string description, params (string Name, JsonObject Schema)[] properties)
    {
        var props = new JsonObject();
        foreach (var (name, schema) in properties.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            props[name] = schema;
        }

        return new JsonObject { ["description"] = description, ["type"] = "object", ["properties"] = props };
    }

    public static JsonObject String(string description, int? minLength = null, int? maxLength = null)
    {
        var schema = new JsonObject { ["description"] = description, ["type"] = "string" };
        if (minLength is { } min)
        {
            schema["minLength"] = min;
        }

        if (maxLength is { } max)
        {
            schema["maxLength"] = max;
        }

        return schema;
    }

    public static JsonObject Enum(string description, params string[] values) =>
        new() { ["description"] = description, ["type"] = "string", ["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()) };

    public static JsonObject Integer(string description, int? minimum = null, int? maximum = null)
    {
        var schema = new JsonObject { ["description"] = description, ["type"] = "integer", ["format"] = "int32" };
        if (minimum is { } min)
        {
            schema["minimum"] = min;
        }

        if (maximum is { } max)
        {
            schema["maximum"] = max;
        }

        return schema;
    }

    public static JsonObject Array(string description, JsonObject items, int? minItems = null, int? maxItems = null)
    {
        var schema = new JsonObject { ["description"] = description, ["type"] = "array", ["items"] = items };
        if (minItems is { } min)
        {
            schema["minItems"] = min;
        }

        if (maxItems is { } max)
        {
            schema["maxItems"] = max;
        }

        return schema;
    }

    public static JsonObject StringMap(string description) =>
        new() { ["description"] = description, ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } };

    /// <summary>A field of any content (<c>x-kubernetes-preserve-unknown-fields</c>).</summary>
    public static JsonObject Free(string description) =>
        new() { ["description"] = description, ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true };

    public static JsonObject Required(this JsonObject schema, params string[] names)
    {
        schema["required"] = new JsonArray(names.Select(n => (JsonNode)n).ToArray());
        return schema;
    }

    public static JsonObject Pattern(this JsonObject schema, string pattern)
    {
        schema["pattern"] = pattern;
        return schema;
    }

    public static JsonObject Default(this JsonObject schema, JsonNode value)
    {
        schema["default"] = value;
        return schema;
    }
}
