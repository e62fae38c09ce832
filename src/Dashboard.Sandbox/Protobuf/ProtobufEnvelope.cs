using System.Text;

namespace Dashboard.Sandbox.Protobuf;

/// <summary>
/// The "k8s\0" magic and the runtime.Unknown after it: the body's apiVersion and kind, and the
/// object's own message bytes (apimachinery runtime/serializer/protobuf/protobuf.go).
/// </summary>
internal readonly record struct ProtobufEnvelope(string ApiVersion, string Kind, ReadOnlyMemory<byte> Raw)
{
    public static ReadOnlySpan<byte> Magic => "k8s\0"u8;

    /// <summary>The envelope, or the serializer's own refusal (empty data, wrong prefix, a broken Unknown).</summary>
    public static ProtobufEnvelope Read(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new WireFormatException("empty data");
        }

        if (!body.Span.StartsWith(Magic))
        {
            throw new WireFormatException("provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]");
        }

        if (body.Length == Magic.Length)
        {
            throw new WireFormatException("empty body");
        }

        var unknown = MessageShape.Of(KubernetesMessages.Unknown);
        var fields = WireFields.Parse(unknown, body[Magic.Length..]);
        var typeMeta = MessageShape.Of(unknown.Find(1)!.Descriptor.MessageType);
        var type = WireFields.Parse(typeMeta, fields.Get(1)?.Select(v => v.Bytes) ?? []);
        return new ProtobufEnvelope(Text(type.Last(1)), Text(type.Last(2)), fields.Last(2)?.Bytes ?? ReadOnlyMemory<byte>.Empty);
    }

    private static string Text(WireValue? value) => value is { } v ? Encoding.UTF8.GetString(v.Bytes.Span) : string.Empty;
}
