using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Json;

/// <summary>
/// Serialization as the Go server writes it: quotes as <c>\"</c> rather than <c>\u0022</c>, so
/// messages read the same in a raw body as in kubectl's output.
/// </summary>
internal static class JsonWire
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Bytes(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Options);
}
