namespace Dashboard.Sandbox.Protobuf;

/// <summary>
/// Steps through one message's bytes the way gogo's generated Unmarshal does (k8s.io/api
/// generated.pb.go), refusing what it refuses with the same words.
/// </summary>
internal struct WireReader(ReadOnlyMemory<byte> data, string messageName)
{
    private int position;

    public readonly bool AtEnd => position >= data.Length;

    public (int Number, WireType Type) ReadTag()
    {
        var wire = ReadVarint();
        var number = unchecked((int)(wire >> 3));
        var type = (int)(wire & 7);
        if (type == (int)WireType.EndGroup)
        {
            throw new WireFormatException($"proto: {messageName}: wiretype end group for non-group");
        }

        if (number <= 0)
        {
            throw new WireFormatException($"proto: {messageName}: illegal tag {number} (wire type {type})");
        }

        return (number, (WireType)type);
    }

    /// <summary>The value after a tag of a known field, whose wire type the caller has checked.</summary>
    public WireValue ReadValue(WireType type) => type switch
    {
        WireType.Varint => new WireValue(type, ReadVarint(), default),
        WireType.Fixed64 => new WireValue(type, ReadFixed(8), default),
        WireType.Fixed32 => new WireValue(type, ReadFixed(4), default),
        WireType.LengthDelimited => new WireValue(type, 0, ReadLengthDelimited()),
        _ => throw new WireFormatException($"proto: illegal wireType {(int)type}"),
    };

    /// <summary>Skips an unknown field, groups included (gogo's skipGenerated).</summary>
    public void Skip(WireType type)
    {
        var depth = 0;
        while (true)
        {
            switch (type)
            {
                case WireType.Varint:
                    ReadVarint();
                    break;
                case WireType.Fixed64:
                    ReadFixed(8);
                    break;
                case WireType.Fixed32:
                    ReadFixed(4);
                    break;
                case WireType.LengthDelimited:
                    ReadLengthDelimited();
                    break;
                case WireType.StartGroup:
                    depth++;
                    break;
                case WireType.EndGroup:
                    if (depth == 0)
                    {
                        throw new WireFormatException("proto: unexpected end of group");
                    }

                    depth--;
                    break;
                default:
                    throw new WireFormatException($"proto: illegal wireType {(int)type}");
            }

            if (depth == 0)
            {
                return;
            }

            type = (WireType)(int)(ReadVarint() & 7);
        }
    }

    public ulong ReadVarint()
    {
        var span = data.Span;
        ulong result = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift >= 64)
            {
                throw WireFormatException.IntegerOverflow();
            }

            if (position >= span.Length)
            {
                throw WireFormatException.UnexpectedEof();
            }

            var b = span[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }
    }

    private ulong ReadFixed(int size)
    {
        if (data.Length - position < size)
        {
            throw WireFormatException.UnexpectedEof();
        }

        var span = data.Span.Slice(position, size);
        position += size;
        ulong value = 0;
        for (var i = size - 1; i >= 0; i--)
        {
            value = (value << 8) | span[i];
        }

        return value;
    }

    private ReadOnlyMemory<byte> ReadLengthDelimited()
    {
        // gogo reads the length into a Go int: a huge varint turns negative.
        var length = unchecked((long)ReadVarint());
        if (length < 0)
        {
            throw WireFormatException.NegativeLength();
        }

        if (length > data.Length - position)
        {
            throw WireFormatException.UnexpectedEof();
        }

        var slice = data.Slice(position, (int)length);
        position += (int)length;
        return slice;
    }
}
