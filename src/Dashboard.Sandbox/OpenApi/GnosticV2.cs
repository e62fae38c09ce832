using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.OpenApi;

/// <summary>
/// The v2 document in the protobuf form kubectl asks for (<c>application/com.github.proto-openapi.spec.v2@v1.0+protobuf</c>):
/// gnostic's <c>openapi.v2.Document</c> (google/gnostic openapiv2/OpenAPIv2.proto), encoded from the JSON form.
/// Vendor extensions travel as YAML text, which JSON is. Client-side validation (kubectl's fallback for kinds
/// without a patch operation, and for <c>kind: List</c>) reads it.
/// </summary>
internal static class GnosticV2
{
    public static byte[] Encode(JsonObject swagger)
    {
        var document = new ProtoWriter();
        document.String(1, swagger.StringAt("swagger"));
        document.Message(2, info =>
        {
            info.String(1, swagger.ObjectAt("info").StringAt("title"));
            info.String(2, swagger.ObjectAt("info").StringAt("version"));
        });
        document.Message(8, paths =>
        {
            foreach (var (name, item) in swagger.ObjectAt("paths") ?? [])
            {
                paths.Message(2, named =>
                {
                    named.String(1, name);
                    named.Message(2, pathItem => PathItem(pathItem, (JsonObject)item!));
                });
            }
        });
        document.Message(9, definitions =>
        {
            foreach (var (name, schema) in swagger.ObjectAt("definitions") ?? [])
            {
                definitions.Message(1, named =>
                {
                    named.String(1, name);
                    named.Message(2, s => Schema(s, (JsonObject)schema!));
                });
            }
        });
        return document.ToArray();
    }

    private static void PathItem(ProtoWriter writer, JsonObject item)
    {
        (string Verb, int Field)[] operations = [("get", 2), ("put", 3), ("post", 4), ("delete", 5), ("patch", 8)];
        foreach (var (verb, field) in operations)
        {
            if (item.ObjectAt(verb) is { } operation)
            {
                writer.Message(field, w => Operation(w, operation));
            }
        }

        foreach (var parameter in (item.ArrayAt("parameters") ?? []).OfType<JsonObject>())
        {
            writer.Message(9, w => Parameter(w, parameter));
        }
    }

    private static void Operation(ProtoWriter writer, JsonObject operation)
    {
        Strings(writer, 1, operation.ArrayAt("tags"));
        writer.String(3, operation.StringAt("description"));
        writer.String(5, operation.StringAt("operationId"));
        Strings(writer, 6, operation.ArrayAt("produces"));
        Strings(writer, 7, operation.ArrayAt("consumes"));
        foreach (var parameter in (operation.ArrayAt("parameters") ?? []).OfType<JsonObject>())
        {
            writer.Message(8, w => Parameter(w, parameter));
        }

        writer.Message(9, responses =>
        {
            foreach (var (code, response) in operation.ObjectAt("responses") ?? [])
            {
                responses.Message(1, named =>
                {
                    named.String(1, code);
                    named.Message(2, value => value.Message(1, r =>
                    {
                        r.String(1, (response as JsonObject).StringAt("description"));
                        if ((response as JsonObject).ObjectAt("schema") is { } schema)
                        {
                            r.Message(2, item => item.Message(1, s => Schema(s, schema)));
                        }
                    }));
                });
            }
        });
        Strings(writer, 10, operation.ArrayAt("schemes"));
        Extensions(writer, 13, operation);
    }

    /// <summary>A ParametersItem: a body parameter, or a query/path sub-schema.</summary>
    private static void Parameter(ProtoWriter writer, JsonObject parameter) => writer.Message(1, p =>
    {
        var location = parameter.StringAt("in");
        if (location == "body")
        {
            p.Message(1, body =>
            {
                body.String(1, parameter.StringAt("description"));
                body.String(2, parameter.StringAt("name"));
                body.String(3, location);
                body.Bool(4, parameter.BoolAt("required") == true);
                if (parameter.ObjectAt("schema") is { } schema)
                {
                    body.Message(5, s => Schema(s, schema));
                }
            });
            return;
        }

        p.Message(2, nonBody => nonBody.Message(location == "path" ? 4 : 3, sub =>
        {
            sub.Bool(1, parameter.BoolAt("required") == true);
            sub.String(2, location);
            sub.String(3, parameter.StringAt("description"));
            sub.String(4, parameter.StringAt("name"));
            if (location == "path")
            {
                sub.String(5, parameter.StringAt("type"));
                sub.Bool(19, parameter.BoolAt("uniqueItems") == true);
            }
            else
            {
                sub.String(6, parameter.StringAt("type"));
                sub.Bool(20, parameter.BoolAt("uniqueItems") == true);
            }
        }));
    });

    private static void Schema(ProtoWriter writer, JsonObject schema)
    {
        writer.String(1, schema.StringAt("$ref"));
        writer.String(2, schema.StringAt("format"));
        writer.String(4, schema.StringAt("description"));
        Strings(writer, 19, schema.ArrayAt("required"));
        switch (schema["additionalProperties"])
        {
            case JsonObject values:
                writer.Message(21, a => a.Message(1, s => Schema(s, values)));
                break;
            case JsonValue flag when flag.GetValueKind() is JsonValueKind.True:
                writer.Message(21, a => a.Bool(2, true));
                break;
        }

        if (schema.StringAt("type") is { } type)
        {
            writer.Message(22, t => t.String(1, type));
        }

        if (schema.ObjectAt("items") is { } items)
        {
            writer.Message(23, i => i.Message(1, s => Schema(s, items)));
        }

        foreach (var part in (schema.ArrayAt("allOf") ?? []).OfType<JsonObject>())
        {
            writer.Message(24, s => Schema(s, part));
        }

        if (schema.ObjectAt("properties") is { } properties)
        {
            writer.Message(25, p =>
            {
                foreach (var (name, property) in properties)
                {
                    p.Message(1, named =>
                    {
                        named.String(1, name);
                        named.Message(2, s => Schema(s, (JsonObject)property!));
                    });
                }
            });
        }

        Extensions(writer, 31, schema);
    }

    /// <summary>The <c>x-</c> keys as NamedAny entries whose Any carries the value as YAML.</summary>
    private static void Extensions(ProtoWriter writer, int field, JsonObject node)
    {
        foreach (var (key, value) in node.Where(p => p.Key.StartsWith("x-", StringComparison.Ordinal)))
        {
            writer.Message(field, named =>
            {
                named.String(1, key);
                named.Message(2, any => any.String(2, value?.ToJsonString() ?? "null"));
            });
        }
    }

    private static void Strings(ProtoWriter writer, int field, JsonArray? values)
    {
        foreach (var value in (values ?? []).Select(JsonNodes.AsString).OfType<string>())
        {
            writer.String(field, value);
        }
    }
}
