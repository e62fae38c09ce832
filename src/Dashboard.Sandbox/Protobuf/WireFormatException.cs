using System.Diagnostics.CodeAnalysis;

namespace Dashboard.Sandbox.Protobuf;

/// <summary>
/// A body the Go decoder would refuse; the message is gogo's own ("unexpected EOF", "proto: integer
/// overflow"…), which the API server puts after "… cannot be handled as a Service: ".
/// </summary>
[SuppressMessage("Design", "CA1032:Implement standard exception constructors", Justification = "Always built with gogo's message.")]
[SuppressMessage("Design", "CA1064:Exceptions should be public", Justification = "Never leaves the decoder: it becomes a 400 Status.")]
internal sealed class WireFormatException(string message) : Exception(message)
{
    public static WireFormatException UnexpectedEof() => new("unexpected EOF");

    public static WireFormatException IntegerOverflow() => new("proto: integer overflow");

    public static WireFormatException NegativeLength() => new("proto: negative length found during unmarshaling");
}
