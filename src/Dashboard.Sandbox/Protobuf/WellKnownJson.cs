using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf.Reflection;

namespace Dashboard.Sandbox.Protobuf;

/// <summary>
/// The apimachinery types whose JSON is not their fields: each has its own MarshalJSON in Go
/// (meta/v1 time.go, micro_time.go, duration.go; util/intstr; api/resource; runtime.RawExtension, FieldsV1).
/// </summary>
internal static class WellKnownJson
{
    private const string Meta = "k8s.io.apimachinery.pkg.apis.meta.v1.";

    private static readonly Dictionary<string, Func<MessageShape, ReadOnlyMemory<byte>, JsonNode?>> Converters = new(StringComparer.Ordinal)
    {
        [Meta + "Time"] = (shape, bytes) => Timestamp(shape, bytes, "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'"),
        [Meta + "MicroTime"] = (shape, bytes) => Timestamp(shape, bytes, "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'"),
        [Meta + "Duration"] = (shape, bytes) => GoDuration.Format(Int64(WireFields.Parse(shape, bytes).Last(1))),
        [Meta + "FieldsV1"] = EmbeddedJson,
        ["k8s.io.apimachinery.pkg.runtime.RawExtension"] = EmbeddedJson,
        ["k8s.io.apimachinery.pkg.util.intstr.IntOrString"] = IntOrString,
        ["k8s.io.apimachinery.pkg.api.resource.Quantity"] = Quantity,
    };

    /// <summary>The converter for a message type written in its own way, if it is one.</summary>
    public static Func<MessageShape, ReadOnlyMemory<byte>, JsonNode?>? For(MessageDescriptor descriptor) =>
        Converters.GetValueOrDefault(descriptor.FullName);

    /// <summary>A zero Time is an empty message (time_proto.go) and JSON null; anything else is UTC RFC 3339.</summary>
    private static JsonValue? Timestamp(MessageShape shape, ReadOnlyMemory<byte> bytes, string format)
    {
        if (bytes.IsEmpty)
        {
            return null;
        }

        var fields = WireFields.Parse(shape, bytes);
        var seconds = Int64(fields.Last(1));
        var nanos = (long)unchecked((int)(fields.Last(2)?.Number ?? 0));
        try
        {
            var time = DateTimeOffset.UnixEpoch.AddSeconds(seconds).AddTicks(nanos / 100);
            return JsonValue.Create(time.UtcDateTime.ToString(format, CultureInfo.InvariantCulture));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new WireFormatException("Time.MarshalJSON: year outside of range [0,9999]");
        }
    }

    /// <summary>type 1 is the string, anything else the number (intstr.go MarshalJSON).</summary>
    private static JsonValue IntOrString(MessageShape shape, ReadOnlyMemory<byte> bytes)
    {
        var fields = WireFields.Parse(shape, bytes);
        return Int64(fields.Last(1)) == 1
            ? JsonValue.Create(Utf8(fields.Last(3)))
            : JsonValue.Create(unchecked((int)(fields.Last(2)?.Number ?? 0)));
    }

    /// <summary>A quantity is its string; the zero quantity prints "0".</summary>
    private static JsonValue Quantity(MessageShape shape, ReadOnlyMemory<byte> bytes)
    {
        var text = Utf8(WireFields.Parse(shape, bytes).Last(1));
        return JsonValue.Create(text.Length == 0 ? "0" : text);
    }

    /// <summary>Raw bytes that are JSON already; none is JSON null.</summary>
    private static JsonNode? EmbeddedJson(MessageShape shape, ReadOnlyMemory<byte> bytes)
    {
        var raw = WireFields.Parse(shape, bytes).Last(1)?.Bytes ?? ReadOnlyMemory<byte>.Empty;
        if (raw.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(raw.Span);
        }
        catch (JsonException json)
        {
            throw new WireFormatException(json.Message);
        }
    }

    private static long Int64(WireValue? value) => unchecked((long)(value?.Number ?? 0));

    private static string Utf8(WireValue? value) => value is { } v ? Encoding.UTF8.GetString(v.Bytes.Span) : string.Empty;
}
