using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Api;

/// <summary>
/// Objects as <c>meta.k8s.io</c> PartialObjectMetadata: kind, apiVersion and the metadata, nothing of the spec,
/// status or data (apiserver's endpoints/handlers/response.go).
/// </summary>
internal static class PartialMetadataRendering
{
    public static JsonObject Item(JsonObject obj, string apiVersion) => new()
    {
        ["kind"] = PartialMetadataRequest.ItemKind,
        ["apiVersion"] = apiVersion,
        ["metadata"] = obj["metadata"]?.DeepClone(),
    };

    /// <exception cref="ApiException">406 when a list was asked for one object, as the real server answers.</exception>
    public static JsonObject Object(PartialMetadataRequest request, StoredObject obj)
    {
        if (request.AsList)
        {
            throw ApiErrors.NotAcceptable($"you requested {PartialMetadataRequest.ListKind}, but the requested object is not a list (*{GoPackage(obj.Kind)}.{obj.Kind.Kind})");
        }

        return Item(obj.Thaw(), request.ApiVersion);
    }

    /// <exception cref="ApiException">406 when one object was asked for a list.</exception>
    public static JsonObject List(PartialMetadataRequest request, ResourceKind kind, JsonObject listMeta, IEnumerable<StoredObject> items)
    {
        if (!request.AsList)
        {
            throw ApiErrors.NotAcceptable($"you requested {PartialMetadataRequest.ItemKind}, but the requested object is a list (*{GoPackage(kind)}.{kind.ListKind})");
        }

        return new JsonObject
        {
            ["kind"] = PartialMetadataRequest.ListKind,
            ["apiVersion"] = request.ApiVersion,
            ["metadata"] = listMeta,
            ["items"] = new JsonArray(items.Select(i => (JsonNode)Item(i.Thaw(), request.ApiVersion)).ToArray()),
        };
    }

    /// <summary>The internal Go package the real server's error names the type by: core for the core group, else the group's first word.</summary>
    private static string GoPackage(ResourceKind kind) => kind.Group.Length == 0 ? "core" : kind.Group.Split('.')[0];
}
