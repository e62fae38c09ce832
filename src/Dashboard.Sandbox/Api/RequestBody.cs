using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Patching;
using Dashboard.Sandbox.Protobuf;
using Dashboard.Sandbox.Resources;
using YamlDotNet.Core;

namespace Dashboard.Sandbox.Api;

/// <summary>Reads request bodies: JSON, or YAML where the media type says so (apply, application/yaml).</summary>
internal static class RequestBody
{
    public static string MediaType(HttpRequest request) =>
        (request.ContentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();

    public static async Task<JsonNode?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (MediaType(request) == ProtobufRequest.MediaType)
        {
            return await ProtobufRequest.ReadAsync(request, cancellationToken);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException) when (MediaType(request) is "application/yaml" or "application/apply-patch+yaml")
        {
            try
            {
                return YamlToJson.Parse(text);
            }
            catch (YamlException yaml)
            {
                throw ApiErrors.BadRequest($"error converting YAML to JSON: {yaml.Message}");
            }
        }
        catch (JsonException json)
        {
            throw ApiErrors.BadRequest($"the body of the request could not be decoded: {json.Message}");
        }
    }

    /// <summary>
    /// The body's text when it is JSON, kept for the checks only the raw document allows (duplicate fields);
    /// the body stays readable. Null for other media types.
    /// </summary>
    public static async Task<string?> PeekJsonTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (MediaType(request) is not ("application/json" or ""))
        {
            return null;
        }

        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        request.Body.Position = 0;
        return text;
    }

    /// <summary>
    /// A body that must be an object of <paramref name="kind"/>: a missing kind/apiVersion is taken
    /// from the URL, as the real decoder does; a different one is refused.
    /// </summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, ResourceKind kind, CancellationToken cancellationToken)
    {
        if (await ReadAsync(request, cancellationToken) is not JsonObject obj)
        {
            throw ApiErrors.BadRequest($"the body of the request must be a {kind.Kind} object");
        }

        if (JsonNodes.AsString(obj["apiVersion"]) is { } apiVersion && apiVersion != kind.ApiVersion)
        {
            throw ApiErrors.BadRequest($"the API version in the data ({apiVersion}) does not match the expected API version ({kind.ApiVersion})");
        }

        if (JsonNodes.AsString(obj["kind"]) is { } kindName && kindName != kind.Kind)
        {
            throw ApiErrors.BadRequest($"the kind in the data ({kindName}) does not match the expected kind ({kind.Kind})");
        }

        obj["kind"] = kind.Kind;
        obj["apiVersion"] = kind.ApiVersion;
        return obj;
    }
}
