using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using k8s.Models;

namespace Dashboard.Sandbox.OpenApi;

/// <summary>
/// The one schema source: OpenAPI v3 schemas built from the KubernetesClient model types, named as the real
/// server names them, with the package's descriptions. The OpenAPI documents and the field validation both read it.
/// Built on demand, once per process (the model types never change).
/// </summary>
internal sealed class SchemaCatalog
{
    public const string RefPrefix = "#/components/schemas/";

    private static readonly HashSet<string> MicroTimeFields = ["eventTime", "lastObservedTime"];

    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, JsonObject> schemas = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> names = [];

    private SchemaCatalog()
    {
        schemas[DefinitionNames.Time] = Scalar("string", "date-time",
            "Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.  Wrappers are provided for many of the factory methods that the time package offers.");
        schemas[DefinitionNames.MicroTime] = Scalar("string", "date-time", "MicroTime is version of Time with microsecond level precision.");
        schemas[DefinitionNames.IntOrString] = Scalar("string", "int-or-string",
            "IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.");
        schemas[DefinitionNames.Quantity] = Scalar("string", null,
            "Quantity is a fixed-point representation of a number. It provides convenient marshaling/unmarshaling in JSON and YAML, in addition to String() and AsInt64() accessors.");
        schemas[DefinitionNames.FieldsV1] = Scalar("object", null,
            "FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.");
        schemas[DefinitionNames.Patch] = Scalar("object", null,
            "Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.");
    }

    public static SchemaCatalog Shared { get; } = new();

    /// <summary>The definition of <paramref name="type"/> (and of every type it reaches); returns its name.</summary>
    public string Define(Type type)
    {
        lock (gate)
        {
            return DefineLocked(type);
        }
    }

    /// <summary>A schema by definition name; for a document, clone it (a node has one parent).</summary>
    public JsonObject? Find(string name) => schemas.GetValueOrDefault(name);

    /// <summary>Adds a schema built elsewhere (a custom resource's).</summary>
    public void Add(string name, JsonObject schema) => schemas.TryAdd(name, schema);

    /// <summary>The definitions <paramref name="roots"/> reach through <c>$ref</c>, roots included.</summary>
    public IReadOnlyList<string> Closure(IEnumerable<string> roots)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var name))
        {
            if (seen.Add(name) && Find(name) is { } schema)
            {
                foreach (var reference in References(schema))
                {
                    pending.Push(reference);
                }
            }
        }

        return [.. seen];
    }

    public static string? ReferenceOf(JsonNode? schema) => schema switch
    {
        JsonObject o when o["$ref"] is JsonValue value => value.GetValue<string>()[RefPrefix.Length..],
        JsonObject o when o["allOf"] is JsonArray { Count: 1 } all => ReferenceOf(all[0]),
        _ => null,
    };

    private static IEnumerable<string> References(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "$ref" && value is JsonValue reference)
                    {
                        yield return reference.GetValue<string>()[RefPrefix.Length..];
                    }

                    foreach (var nested in References(value))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonArray array:
                foreach (var nested in array.SelectMany(References))
                {
                    yield return nested;
                }

                break;
        }
    }

    private string DefineLocked(Type type)
    {
        if (names.TryGetValue(type, out var known))
        {
            return known;
        }

        var name = DefinitionNames.Of(type) ?? throw new InvalidOperationException($"{type} is not a Kubernetes model type");
        names[type] = name;
        var schema = new JsonObject();
        if (ModelDescriptions.OfType(type) is { } description)
        {
            schema["description"] = description;
        }

        schema["type"] = "object";
        var properties = new JsonObject();
        foreach (var (json, property) in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Json: p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name, Property: p))
            .Where(p => p.Json is not null)
            .OrderBy(p => p.Json, StringComparer.Ordinal))
        {
            properties[json!] = Property(property, name, json!);
        }

        schema["properties"] = properties;
        var required = FieldExtensions.Required(name).Where(properties.ContainsKey).ToArray();
        if (required.Length > 0)
        {
            schema["required"] = new JsonArray(required.Select(r => (JsonNode)r).ToArray());
        }

        if (type.GetCustomAttribute<KubernetesEntityAttribute>() is { } entity && !DefinitionNames.IsMeta(type))
        {
            schema["x-kubernetes-group-version-kind"] = new JsonArray(new JsonObject
            {
                ["group"] = entity.Group ?? string.Empty,
                ["kind"] = entity.Kind,
                ["version"] = entity.ApiVersion,
            });
        }

        schemas[name] = schema;
        return name;
    }

    private JsonObject Property(PropertyInfo property, string owner, string field)
    {
        var schema = Of(property.PropertyType, field);
        var description = ModelDescriptions.OfProperty(property.DeclaringType!, property.Name);
        if (schema.ContainsKey("$ref"))
        {
            // The real documents wrap a reference with siblings in allOf.
            schema = new JsonObject { ["allOf"] = new JsonArray(schema) };
        }

        if (description is not null)
        {
            schema["description"] = description;
        }

        FieldExtensions.Annotate(owner, field, schema);
        return schema;
    }

    private JsonObject Of(Type type, string field)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return Scalar("string", null, null);
        }

        if (type == typeof(bool))
        {
            return Scalar("boolean", null, null);
        }

        if (type == typeof(int))
        {
            return Scalar("integer", "int32", null);
        }

        if (type == typeof(long))
        {
            return Scalar("integer", "int64", null);
        }

        if (type == typeof(double) || type == typeof(float))
        {
            return Scalar("number", "double", null);
        }

        if (type == typeof(byte[]))
        {
            return Scalar("string", "byte", null);
        }

        if (type == typeof(DateTime))
        {
            return Ref(MicroTimeFields.Contains(field) ? DefinitionNames.MicroTime : DefinitionNames.Time);
        }

        if (type == typeof(IntOrString))
        {
            return Ref(DefinitionNames.IntOrString);
        }

        if (type == typeof(ResourceQuantity))
        {
            return Ref(DefinitionNames.Quantity);
        }

        if (type == typeof(object))
        {
            return field == "fieldsV1"
                ? Ref(DefinitionNames.FieldsV1)
                : new JsonObject { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true };
        }

        if (Generic(type, typeof(IDictionary<,>)) is { } map)
        {
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = Item(map[1], field) };
        }

        if (Generic(type, typeof(IEnumerable<>)) is { } list && type != typeof(string))
        {
            return new JsonObject { ["type"] = "array", ["items"] = Item(list[0], field) };
        }

        return DefinitionNames.Of(type) is not null
            ? Ref(DefineLocked(type))
            : new JsonObject { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true };
    }

    /// <summary>An element of a list or map: a struct reference carries the real documents' <c>default: {}</c>.</summary>
    private JsonObject Item(Type type, string field)
    {
        var schema = Of(type, field);
        return DefinitionNames.Of(type) is not null
            ? new JsonObject { ["allOf"] = new JsonArray(schema), ["default"] = new JsonObject() }
            : schema;
    }

    private static Type[]? Generic(Type type, Type definition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == definition)
        {
            return type.GetGenericArguments();
        }

        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition)?.GetGenericArguments();
    }

    private static JsonObject Ref(string name) => new() { ["$ref"] = RefPrefix + name };

    private static JsonObject Scalar(string type, string? format, string? description)
    {
        var schema = new JsonObject();
        if (description is not null)
        {
            schema["description"] = description;
        }

        schema["type"] = type;
        if (format is not null)
        {
            schema["format"] = format;
        }

        return schema;
    }
}
