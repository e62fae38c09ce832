namespace Dashboard.Sandbox.Protobuf;

/// <summary>
/// A message's known fields as they came, by number, in wire order. Several occurrences of one
/// message field merge, as in protobuf (parsing them one after another into one set is that merge).
/// </summary>
internal sealed class WireFields
{
    private readonly Dictionary<int, List<WireValue>> byNumber = [];

    public static WireFields Parse(MessageShape shape, IEnumerable<ReadOnlyMemory<byte>> occurrences)
    {
        var fields = new WireFields();
        foreach (var bytes in occurrences)
        {
            fields.Add(shape, bytes);
        }

        return fields;
    }

    public static WireFields Parse(MessageShape shape, ReadOnlyMemory<byte> bytes) => Parse(shape, [bytes]);

    public IReadOnlyList<WireValue>? Get(int number) => byNumber.GetValueOrDefault(number);

    /// <summary>The last occurrence wins for a singular scalar.</summary>
    public WireValue? Last(int number) => byNumber.TryGetValue(number, out var values) ? values[^1] : null;

    private void Add(MessageShape shape, ReadOnlyMemory<byte> bytes)
    {
        var reader = new WireReader(bytes, shape.Name);
        while (!reader.AtEnd)
        {
            var (number, type) = reader.ReadTag();
            if (shape.Find(number) is not { } field)
            {
                reader.Skip(type);
                continue;
            }

            if (!field.Accepts(type))
            {
                throw new WireFormatException($"proto: wrong wireType = {(int)type} for field {field.GoName}");
            }

            if (!byNumber.TryGetValue(number, out var values))
            {
                values = [];
                byNumber[number] = values;
            }

            values.Add(reader.ReadValue(type));
        }
    }
}
