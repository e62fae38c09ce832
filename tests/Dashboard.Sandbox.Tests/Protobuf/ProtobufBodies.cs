using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Protobuf;
using Dashboard.Sandbox.Protobuf.Generated.Runtime;
using Google.Protobuf;

namespace Dashboard.Sandbox.Tests.Protobuf;

/// <summary>
/// Request bodies as kubectl sends them: "k8s\0" and a runtime.Unknown around the object's bytes.
/// The objects are written by Google.Protobuf's own encoder from the same .proto files, so the
/// decoder is checked against an independent writer, not against itself.
/// </summary>
internal static class ProtobufBodies
{
    public static byte[] Envelope(string apiVersion, string kind, IMessage message) => Envelope(apiVersion, kind, message.ToByteArray());

    public static byte[] Envelope(string apiVersion, string kind, byte[] raw)
    {
        // kubectl writes contentEncoding and contentType as empty strings (gogo writes non-pointer fields).
        var unknown = new Unknown
        {
            TypeMeta = new TypeMeta { ApiVersion = apiVersion, Kind = kind },
            Raw = ByteString.CopyFrom(raw),
            ContentEncoding = string.Empty,
            ContentType = string.Empty,
        };
        return [.. "k8s\0"u8, .. unknown.ToByteArray()];
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));

    /// <summary>What the sandbox hands the create path for a body posted to a URL of kind <paramref name="into"/>.</summary>
    public static JsonObject Decode(byte[] body, string into = "Namespace", string intoApiVersion = "v1") =>
        ProtobufDecoder.Decode(body, into, intoApiVersion);

    /// <summary>The 400 a body gets, as the Status message.</summary>
    public static string Refusal(byte[] body, string into = "Namespace")
    {
        var error = Should.Throw<ApiException>(() => ProtobufDecoder.Decode(body, into, "v1"));
        error.Code.ShouldBe(400);
        error.Reason.ShouldBe("BadRequest");
        return error.Message;
    }

    public static void ShouldBeJson(this JsonNode? actual, string expected) =>
        JsonNode.DeepEquals(actual, JsonNode.Parse(expected)).ShouldBeTrue($"got {actual?.ToJsonString()}");
}
