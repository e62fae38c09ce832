namespace Dashboard.Sandbox.Protobuf;

/// <summary>One occurrence of a field: a number (varint, fixed32, fixed64) or a slice of the body.</summary>
internal readonly record struct WireValue(WireType Type, ulong Number, ReadOnlyMemory<byte> Bytes);
