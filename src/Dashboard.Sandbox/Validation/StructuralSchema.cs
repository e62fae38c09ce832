using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dashboard.Sandbox.Errors;

namespace Dashboard.Sandbox.Validation;

/// <summary>
/// What the apiserver does with a custom resource's structural schema on every write: fill in the
/// declared defaults (recursively, so a defaulted object gets its own fields' defaults), then check
/// types, required fields, enums, lengths, patterns, bounds and item counts, with apiextensions' messages.
/// </summary>
internal static class StructuralSchema
{
    public static void ApplyDefaults(JsonNode? node, JsonObject schema)
    {
        switch (node)
        {
            case JsonObject obj when schema["properties"] is JsonObject properties:
                foreach (var (name, property) in properties)
                {
                    if (obj[name] is null && property?["default"] is { } value)
                    {
                        obj[name] = value.DeepClone();
                    }

                    if (obj[name] is { } child && property is JsonObject childSchema)
                    {
                        ApplyDefaults(child, childSchema);
                    }
                }

                break;
            case JsonObject map when schema["additionalProperties"] is JsonObject values:
                foreach (var (_, value) in map)
                {
                    ApplyDefaults(value, values);
                }

                break;
            case JsonArray array when schema["items"] is JsonObject items:
                foreach (var item in array)
                {
                    ApplyDefaults(item, items);
                }

                break;
        }
    }

    public static IEnumerable<FieldError> Validate(JsonNode? node, JsonObject schema, string path)
    {
        if (node is null)
        {
            yield break;
        }

        var type = schema["type"]?.GetValue<string>();
        if (type is not null && !HasType(node, type))
        {
            var actual = TypeName(node);
            yield return FieldError.Invalid(path, actual, $"{path} in body must be of type {type}: \"{actual}\"");
            yield break;
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, node)))
        {
            yield return FieldError.NotSupported(path, Scalar(node), allowed.Select(a => a!.ToJsonString().Trim('"')));
        }

        foreach (var error in node switch
        {
            JsonObject obj => Object(obj, schema, path),
            JsonArray array => Array(array, schema, path),
            JsonValue value => Value(value, schema, path),
            _ => [],
        })
        {
            yield return error;
        }
    }

    private static IEnumerable<FieldError> Object(JsonObject obj, JsonObject schema, string path)
    {
        foreach (var name in schema["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [])
        {
            if (obj[name] is null)
            {
                yield return FieldError.Required($"{path}.{name}");
            }
        }

        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, value) in obj)
            {
                if (properties[name] is JsonObject property)
                {
                    foreach (var error in Validate(value, property, $"{path}.{name}"))
                    {
                        yield return error;
                    }
                }
            }
        }
        else if (schema["additionalProperties"] is JsonObject values)
        {
            foreach (var (name, value) in obj)
            {
                foreach (var error in Validate(value, values, $"{path}[{name}]"))
                {
                    yield return error;
                }
            }
        }
    }

    private static IEnumerable<FieldError> Array(JsonArray array, JsonObject schema, string path)
    {
        if (schema["maxItems"]?.GetValue<int>() is { } max && array.Count > max)
        {
            yield return FieldError.TooMany(path, array.Count, max);
        }

        if (schema["minItems"]?.GetValue<int>() is { } min && array.Count < min)
        {
            yield return FieldError.Invalid(path, array.Count, $"{path} in body should have at least {min} items");
        }

        if (schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                foreach (var error in Validate(array[i], items, $"{path}[{i}]"))
                {
                    yield return error;
                }
            }
        }
    }

    private static IEnumerable<FieldError> Value(JsonValue value, JsonObject schema, string path)
    {
        if (value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            if (schema["minLength"]?.GetValue<int>() is { } min && text.Length < min)
            {
                yield return FieldError.Invalid(path, text, $"{path} in body should be at least {min} chars long");
            }

            if (schema["maxLength"]?.GetValue<int>() is { } max && text.Length > max)
            {
                yield return FieldError.TooLong(path, max);
            }

            if (schema["pattern"]?.GetValue<string>() is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                yield return FieldError.Invalid(path, text, $"{path} in body should match '{pattern}'");
            }
        }
        else if (Integer(value) is { } number)
        {
            if (schema["minimum"]?.GetValue<int>() is { } minimum && number < minimum)
            {
                yield return FieldError.Invalid(path, number, $"{path} in body should be greater than or equal to {minimum}");
            }

            if (schema["maximum"]?.GetValue<int>() is { } maximum && number > maximum)
            {
                yield return FieldError.Invalid(path, number, $"{path} in body should be less than or equal to {maximum}");
            }
        }
    }

    private static bool HasType(JsonNode node, string type) => type switch
    {
        "object" => node is JsonObject,
        "array" => node is JsonArray,
        "string" => node is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "boolean" => node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "integer" => node is JsonValue v && Integer(v) is not null,
        "number" => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number,
        _ => true,
    };

    private static string TypeName(JsonNode node) => node switch
    {
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => Integer(v) is not null ? "integer" : "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        },
        _ => "null",
    };

    private static object? Scalar(JsonNode node) => node is JsonValue v && Integer(v) is { } n
        ? n
        : node is JsonValue s && s.GetValueKind() == JsonValueKind.String ? s.GetValue<string>() : node.ToJsonString();

    /// <summary>The value as an integer, whatever CLR type holds it (parsed JSON or a default set in code); null otherwise.</summary>
    private static long? Integer(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.Number && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
