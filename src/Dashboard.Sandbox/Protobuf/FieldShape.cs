using Dashboard.Sandbox.Protobuf.Generated.Go;
using Google.Protobuf.Reflection;

namespace Dashboard.Sandbox.Protobuf;

/// <summary>One field of a message, with what the converter needs read once from its descriptor.</summary>
internal sealed class FieldShape
{
    public FieldShape(FieldDescriptor descriptor)
    {
        Descriptor = descriptor;
        Number = descriptor.FieldNumber;
        JsonName = descriptor.JsonName;
        GoName = char.ToUpperInvariant(descriptor.Name[0]) + descriptor.Name[1..];
        var options = descriptor.GetOptions();
        KeepsZero = options is not null && (options.GetExtension(GoExtensions.Pointer) || options.GetExtension(GoExtensions.Always));
        IsInline = options is not null && options.GetExtension(GoExtensions.Inline);
        IsPackable = descriptor.IsRepeated && Expected is WireType.Varint or WireType.Fixed32 or WireType.Fixed64;
    }

    public FieldDescriptor Descriptor { get; }

    public int Number { get; }

    /// <summary>The JSON key: the proto name, or its json_name where Go's differs (IngressClassParametersReference.aPIGroup).</summary>
    public string JsonName { get; }

    /// <summary>For gogo's "wrong wireType = 0 for field Name".</summary>
    public string GoName { get; }

    public FieldType Type => Descriptor.FieldType;

    public bool IsRepeated => Descriptor.IsRepeated;

    public bool IsMap => Descriptor.IsMap;

    /// <summary>A Go pointer, or a field without omitempty: a zero on the wire is written to JSON.</summary>
    public bool KeepsZero { get; }

    /// <summary>A Go struct embedded with <c>json:",inline"</c>: its fields belong to the parent object.</summary>
    public bool IsInline { get; }

    /// <summary>A repeated number: gogo accepts it one per tag or packed into one length-delimited run.</summary>
    public bool IsPackable { get; }

    public WireType Expected => Type switch
    {
        FieldType.Int32 or FieldType.Int64 or FieldType.UInt32 or FieldType.UInt64 or FieldType.SInt32 or FieldType.SInt64
            or FieldType.Bool or FieldType.Enum => WireType.Varint,
        FieldType.Fixed64 or FieldType.SFixed64 or FieldType.Double => WireType.Fixed64,
        FieldType.Fixed32 or FieldType.SFixed32 or FieldType.Float => WireType.Fixed32,
        FieldType.Group => WireType.StartGroup,
        _ => WireType.LengthDelimited,
    };

    public bool Accepts(WireType type) => type == Expected || (IsPackable && type == WireType.LengthDelimited);
}
