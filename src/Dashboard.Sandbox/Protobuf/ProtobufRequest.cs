using System.Text.Json.Nodes;
using Dashboard.Sandbox.Api;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Protobuf;

/// <summary>
/// A request whose body is <c>application/vnd.kubernetes.protobuf</c>, as kubectl 1.32's typed
/// commands send (client-go PrefersProtobuf): decoded to JSON before the normal create/update path.
/// </summary>
internal static class ProtobufRequest
{
    public const string MediaType = "application/vnd.kubernetes.protobuf";

    /// <summary>Every kind the store knows, so a custom resource's URL is recognised as one.</summary>
    private static readonly ServedKinds AllKinds = new(ResourceCatalog.All);

    /// <summary>The decoded object; null only for an empty DELETE body (no DeleteOptions).</summary>
    public static async Task<JsonObject?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Patches are JSON or YAML only (apiserver endpoints/handlers/patch.go).
        if (HttpMethods.IsPatch(request.Method))
        {
            throw ApiErrors.UnsupportedMediaType(MediaType);
        }

        var kind = ResourceRoute.Parse(request.Path.Value ?? "/", AllKinds)?.Kind;
        if (kind is not null && KubernetesMessages.Find(kind.ApiVersion, kind.Kind) is null)
        {
            // A custom resource has no protobuf form: the apiextensions server offers only these.
            throw new ApiException(415, "UnsupportedMediaType",
                "the body of the request was in an unknown format - accepted media types include: application/json, application/yaml");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var isDelete = HttpMethods.IsDelete(request.Method);
        if (isDelete && body.IsEmpty)
        {
            return null;
        }

        return ProtobufDecoder.Decode(body, isDelete ? "DeleteOptions" : kind?.Kind, kind?.ApiVersion);
    }
}
