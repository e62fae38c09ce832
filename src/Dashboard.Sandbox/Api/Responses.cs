using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Api;

/// <summary>Writes JSON bodies: objects, lists, Tables and Status errors.</summary>
internal static class Responses
{
    public const string Json = "application/json";

    public static Task WriteJsonAsync(HttpContext context, int statusCode, JsonNode body) =>
        WriteBytesAsync(context, statusCode, JsonWire.Bytes(body));

    /// <summary>A stored object goes out as its frozen bytes, as its metadata only or as a one-row Table when asked.</summary>
    public static Task WriteObjectAsync(HttpContext context, int statusCode, StoredObject obj, DateTimeOffset now)
    {
        if (PartialMetadataRequest.From(context.Request) is { } partial)
        {
            return WriteJsonAsync(context, statusCode, PartialMetadataRendering.Object(partial, obj));
        }

        if (TableRequest.From(context.Request) is { } table)
        {
            var meta = new JsonObject { ["resourceVersion"] = obj.ResourceVersion };
            return WriteJsonAsync(context, statusCode, TableRendering.Render(table, obj.Kind, [obj], meta, now));
        }

        return WriteBytesAsync(context, statusCode, obj.Json);
    }

    /// <summary>
    /// A list of <paramref name="kind"/>; like the real server's, its items carry no kind/apiVersion of their own.
    /// Asked for metadata only, a PartialObjectMetadataList, whose items do.
    /// </summary>
    public static Task WriteListAsync(HttpContext context, ResourceKind kind, JsonObject meta, IEnumerable<StoredObject> page)
    {
        if (PartialMetadataRequest.From(context.Request) is { } partial)
        {
            return WriteJsonAsync(context, 200, PartialMetadataRendering.List(partial, kind, meta, page));
        }

        var items = new JsonArray();
        foreach (var item in page)
        {
            var obj = item.Thaw();
            obj.Remove("kind");
            obj.Remove("apiVersion");
            items.Add(obj);
        }

        return WriteJsonAsync(context, 200, new JsonObject
        {
            ["kind"] = kind.ListKind,
            ["apiVersion"] = kind.ApiVersion,
            ["metadata"] = meta,
            ["items"] = items,
        });
    }

    public static Task WriteStatusAsync(HttpContext context, ApiException error) =>
        WriteJsonAsync(context, error.Code, error.ToStatus());

    /// <summary>The Success Status most kinds answer a DELETE with.</summary>
    public static JsonObject Success(StoredObject deleted)
    {
        var details = new JsonObject { ["name"] = deleted.Name };
        if (deleted.Kind.Group.Length > 0)
        {
            details["group"] = deleted.Kind.Group;
        }

        details["kind"] = deleted.Kind.Plural;
        details["uid"] = deleted.Thaw().ObjectAt("metadata").StringAt("uid");
        return new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Success",
            ["details"] = details,
        };
    }

    private static async Task WriteBytesAsync(HttpContext context, int statusCode, ReadOnlyMemory<byte> body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = Json;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
