namespace Dashboard.Sandbox.Protobuf;

/// <summary>The low three bits of a protobuf tag: how the field's value is laid out.</summary>
internal enum WireType
{
    Varint = 0,
    Fixed64 = 1,
    LengthDelimited = 2,
    StartGroup = 3,
    EndGroup = 4,
    Fixed32 = 5,
}
