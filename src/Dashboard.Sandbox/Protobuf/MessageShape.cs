using System.Collections.Concurrent;
using Google.Protobuf.Reflection;

namespace Dashboard.Sandbox.Protobuf;

/// <summary>A message's fields in declaration order (Go's struct order, so JSON's) and by number; built once per type.</summary>
internal sealed class MessageShape
{
    private static readonly ConcurrentDictionary<MessageDescriptor, MessageShape> Shapes = new();
    private readonly Dictionary<int, FieldShape> byNumber;

    private MessageShape(MessageDescriptor descriptor)
    {
        Descriptor = descriptor;
        Fields = [.. descriptor.Fields.InDeclarationOrder().Select(field => new FieldShape(field))];
        byNumber = Fields.ToDictionary(field => field.Number);
        Converter = WellKnownJson.For(descriptor);
    }

    public MessageDescriptor Descriptor { get; }

    public string Name => Descriptor.Name;

    public string FullName => Descriptor.FullName;

    public IReadOnlyList<FieldShape> Fields { get; }

    /// <summary>For an apimachinery type with a JSON form of its own (Time, IntOrString, Quantity…); null for plain structs.</summary>
    public Func<MessageShape, ReadOnlyMemory<byte>, System.Text.Json.Nodes.JsonNode?>? Converter { get; }

    public static MessageShape Of(MessageDescriptor descriptor) => Shapes.GetOrAdd(descriptor, d => new MessageShape(d));

    public FieldShape? Find(int number) => byNumber.GetValueOrDefault(number);
}
