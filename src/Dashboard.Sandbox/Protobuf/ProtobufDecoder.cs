using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;

namespace Dashboard.Sandbox.Protobuf;

/// <summary>
/// A protobuf body to the JSON object the JSON API would have received, or the API server's 400
/// for it, worded as apiserver endpoints/handlers/rest.go transformDecodeError words it.
/// </summary>
internal static class ProtobufDecoder
{
    private const string Scheme = "k8s.io/kubernetes/pkg/api/legacyscheme/scheme.go:30";

    /// <param name="body">The whole body, magic included.</param>
    /// <param name="into">The kind the URL expects (the "must be of type" of the messages); null when unknown.</param>
    /// <param name="intoApiVersion">Its apiVersion: an envelope without kind or apiVersion takes the URL's (copyKindDefaults).</param>
    public static JsonObject Decode(ReadOnlyMemory<byte> body, string? into, string? intoApiVersion)
    {
        ProtobufEnvelope envelope;
        try
        {
            envelope = ProtobufEnvelope.Read(body);
        }
        catch (WireFormatException error)
        {
            throw ApiErrors.BadRequest($"the object provided is unrecognized (must be of type {into ?? "Unknown"}): {error.Message} ({Summary(body.Span)})");
        }

        var kind = envelope.Kind.Length > 0 ? envelope.Kind : into ?? string.Empty;
        var apiVersion = envelope.ApiVersion.Length > 0 ? envelope.ApiVersion : intoApiVersion ?? string.Empty;
        var version = apiVersion[(apiVersion.IndexOf('/') + 1)..];
        var handledAs = $"{kind} in version \"{version}\" cannot be handled as a {into ?? kind}";
        if (KubernetesMessages.Find(apiVersion, kind) is not { } descriptor)
        {
            throw ApiErrors.BadRequest($"{handledAs}: no kind \"{kind}\" is registered for version \"{apiVersion}\" in scheme \"{Scheme}\"");
        }

        // TypeMeta comes first, as Go writes it; RequestBody.ReadObjectAsync checks it against the URL.
        var obj = new JsonObject { ["kind"] = kind, ["apiVersion"] = apiVersion };
        try
        {
            ProtobufJson.WriteInto(obj, descriptor, envelope.Raw);
        }
        catch (WireFormatException error)
        {
            throw ApiErrors.BadRequest($"{handledAs}: {error.Message}");
        }

        return obj;
    }

    /// <summary>apiserver's summarizeData: the first 30 bytes, as hex unless they look like JSON.</summary>
    private static string Summary(ReadOnlySpan<byte> body)
    {
        const int max = 30;
        if (body.IsEmpty)
        {
            return "<empty>";
        }

        var head = body.Length > max ? body[..max] : body;
        var text = body[0] == (byte)'{' ? System.Text.Encoding.UTF8.GetString(head) : Convert.ToHexStringLower(head);
        return body.Length > max ? text + " ..." : text;
    }
}
