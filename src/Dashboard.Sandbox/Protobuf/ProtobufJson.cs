using System.Text;
using System.Text.Json.Nodes;
using Google.Protobuf.Reflection;

namespace Dashboard.Sandbox.Protobuf;

/// <summary>
/// One descriptor-driven converter from a Kubernetes message to the JSON the Go JSON encoder writes
/// for the same object: field names from the .proto, scalars dropped when zero unless a Go pointer or
/// a field without omitempty, structs always written, inlined structs merged into their parent, maps
/// and lists as JSON objects and arrays, the apimachinery types through <see cref="WellKnownJson"/>.
/// </summary>
internal static class ProtobufJson
{
    /// <summary>Writes the message's fields into <paramref name="target"/>, after what it already holds.</summary>
    public static void WriteInto(JsonObject target, MessageDescriptor descriptor, ReadOnlyMemory<byte> bytes) =>
        Write(MessageShape.Of(descriptor), [bytes], target);

    private static void Write(MessageShape shape, IEnumerable<ReadOnlyMemory<byte>> occurrences, JsonObject target)
    {
        var fields = WireFields.Parse(shape, occurrences);
        foreach (var field in shape.Fields)
        {
            if (fields.Get(field.Number) is not { } values)
            {
                continue;
            }

            if (field.IsInline)
            {
                Write(MessageShape.Of(field.Descriptor.MessageType), values.Select(v => v.Bytes), target);
                continue;
            }

            var node = field.IsMap ? Map(field, values)
                : field.IsRepeated ? List(field, values)
                : Single(field, values);
            if (node is null)
            {
                target.Remove(field.JsonName);
            }
            else
            {
                target[field.JsonName] = node;
            }
        }
    }

    /// <summary>A message merges all its occurrences; a scalar is the last one, dropped when zero unless kept.</summary>
    private static JsonNode? Single(FieldShape field, IReadOnlyList<WireValue> values)
    {
        if (field.Type == FieldType.Message)
        {
            return Message(field.Descriptor.MessageType, values.Select(v => v.Bytes));
        }

        var last = values[^1];
        return !field.KeepsZero && IsZero(field.Type, last) ? null : Scalar(field.Type, last);
    }

    /// <summary>Every element is kept, zeros included, as Go keeps them in a slice; numbers may come packed.</summary>
    private static JsonArray List(FieldShape field, IReadOnlyList<WireValue> values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            if (field.Type == FieldType.Message)
            {
                array.Add(Message(field.Descriptor.MessageType, [value.Bytes]));
            }
            else if (field.IsPackable && value.Type == WireType.LengthDelimited)
            {
                var reader = new WireReader(value.Bytes, field.Descriptor.ContainingType.Name);
                while (!reader.AtEnd)
                {
                    array.Add(Scalar(field.Type, reader.ReadValue(field.Expected)));
                }
            }
            else
            {
                array.Add(Scalar(field.Type, value));
            }
        }

        return array;
    }

    /// <summary>Repeated entries {key = 1, value = 2}; a later key wins, a missing value is the type's zero.</summary>
    private static JsonObject Map(FieldShape field, IReadOnlyList<WireValue> values)
    {
        var entryShape = MessageShape.Of(field.Descriptor.MessageType);
        var keyField = entryShape.Find(1)!;
        var valueField = entryShape.Find(2)!;
        var map = new JsonObject();
        foreach (var entry in values)
        {
            var parts = WireFields.Parse(entryShape, entry.Bytes);
            var key = parts.Last(1) is not { } k ? string.Empty
                : keyField.Type == FieldType.String ? Encoding.UTF8.GetString(k.Bytes.Span)
                : Scalar(keyField.Type, k).ToJsonString();
            map[key] = valueField.Type == FieldType.Message
                ? Message(valueField.Descriptor.MessageType, parts.Get(2)?.Select(v => v.Bytes) ?? [ReadOnlyMemory<byte>.Empty])
                : parts.Last(2) is { } v ? Scalar(valueField.Type, v) : Zero(valueField.Type);
        }

        return map;
    }

    private static JsonNode? Message(MessageDescriptor descriptor, IEnumerable<ReadOnlyMemory<byte>> occurrences)
    {
        var shape = MessageShape.Of(descriptor);
        if (shape.Converter is { } convert)
        {
            return convert(shape, Concatenate(occurrences));
        }

        var obj = new JsonObject();
        Write(shape, occurrences, obj);
        return obj;
    }

    private static JsonValue Scalar(FieldType type, WireValue value) => type switch
    {
        FieldType.Bool => JsonValue.Create(value.Number != 0),
        FieldType.Int32 or FieldType.SFixed32 or FieldType.Enum => JsonValue.Create(unchecked((int)value.Number)),
        FieldType.Int64 or FieldType.SFixed64 => JsonValue.Create(unchecked((long)value.Number)),
        FieldType.UInt32 or FieldType.Fixed32 => JsonValue.Create(unchecked((uint)value.Number)),
        FieldType.UInt64 or FieldType.Fixed64 => JsonValue.Create(value.Number),
        FieldType.SInt32 => JsonValue.Create(unchecked((int)(uint)(value.Number >> 1) ^ -(int)(value.Number & 1))),
        FieldType.SInt64 => JsonValue.Create(unchecked((long)(value.Number >> 1) ^ -(long)(value.Number & 1))),
        FieldType.Float => JsonValue.Create(BitConverter.Int32BitsToSingle(unchecked((int)value.Number))),
        FieldType.Double => JsonValue.Create(BitConverter.Int64BitsToDouble(unchecked((long)value.Number))),
        FieldType.String => JsonValue.Create(Encoding.UTF8.GetString(value.Bytes.Span)),
        // []byte is base64 in Go JSON: Secret.data, ConfigMap.binaryData.
        FieldType.Bytes => JsonValue.Create(Convert.ToBase64String(value.Bytes.Span)),
        _ => throw new WireFormatException($"proto: unsupported field type {type}"),
    };

    private static bool IsZero(FieldType type, WireValue value) =>
        type is FieldType.String or FieldType.Bytes ? value.Bytes.IsEmpty : value.Number == 0;

    private static JsonValue Zero(FieldType type) =>
        type is FieldType.String or FieldType.Bytes ? JsonValue.Create(string.Empty) : Scalar(type, default);

    private static ReadOnlyMemory<byte> Concatenate(IEnumerable<ReadOnlyMemory<byte>> occurrences)
    {
        var list = occurrences as IReadOnlyList<ReadOnlyMemory<byte>> ?? [.. occurrences];
        if (list.Count == 1)
        {
            return list[0];
        }

        var joined = new byte[list.Sum(part => part.Length)];
        var offset = 0;
        foreach (var part in list)
        {
            part.Span.CopyTo(joined.AsSpan(offset));
            offset += part.Length;
        }

        return joined;
    }
}
