using static Dashboard.Sandbox.Tests.Protobuf.ProtobufBodies;

namespace Dashboard.Sandbox.Tests.Protobuf;

/// <summary>Bodies the Go decoder refuses get its 400, worded as apiserver's transformDecodeError words it.</summary>
public sealed class ProtobufGarbageTests
{
    private const string NamespaceEnvelope = "6b387300 0a0f 0a027631 12094e616d657370616365";

    [Fact]
    public void ABodyWithoutTheMagicIsUnrecognized()
    {
        var json = """{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"x"}}"""u8.ToArray();

        Refusal(json).ShouldBe("""the object provided is unrecognized (must be of type Namespace): provided data does not appear to be a protobuf message, expected prefix [107 56 115 0] ({"kind":"Namespace","apiVersio ...)""");
        Refusal(Hex("000102")).ShouldBe("the object provided is unrecognized (must be of type Namespace): provided data does not appear to be a protobuf message, expected prefix [107 56 115 0] (000102)");
    }

    [Fact]
    public void AnEmptyBodyAndTheMagicAloneAreRefused()
    {
        Refusal([]).ShouldBe("the object provided is unrecognized (must be of type Namespace): empty data (<empty>)");
        Refusal(Hex("6b387300")).ShouldBe("the object provided is unrecognized (must be of type Namespace): empty body (6b387300)");
    }

    [Fact]
    public void ATruncatedEnvelopeIsUnrecognized()
    {
        // raw = 2 starts, its length varint never ends.
        Refusal(Hex(NamespaceEnvelope + "1280")).ShouldBe("the object provided is unrecognized (must be of type Namespace): unexpected EOF (6b3873000a0f0a02763112094e616d6573706163651280)");
    }

    [Theory]
    [InlineData("0a80", "unexpected EOF")]                                  // metadata's length varint is cut off
    [InlineData("0a05 0a01", "unexpected EOF")]                             // metadata claims 5 bytes, 2 follow
    [InlineData("0801", "proto: wrong wireType = 0 for field Metadata")]   // metadata sent as a number
    [InlineData("0a03 0a0178 1001", "proto: wrong wireType = 0 for field Spec")]  // spec sent as a number
    [InlineData("0a02 1001", "proto: wrong wireType = 0 for field GenerateName")] // inside metadata
    [InlineData("ffffffffffffffffffff01", "proto: integer overflow")]      // a tag varint longer than 64 bits
    [InlineData("0affffffffffffffffff01", "proto: negative length found during unmarshaling")]
    [InlineData("00", "proto: Namespace: illegal tag 0 (wire type 0)")]
    [InlineData("0c", "proto: Namespace: wiretype end group for non-group")]
    [InlineData("fe06", "proto: illegal wireType 6")]                      // an unknown field of wire type 6
    [InlineData("0a02 0a80", "unexpected EOF")]                            // the name inside metadata is cut off
    public void BrokenObjectBytesCannotBeHandledAsTheKind(string raw, string error)
    {
        Refusal(Envelope("v1", "Namespace", Hex(raw))).ShouldBe($"Namespace in version \"v1\" cannot be handled as a Namespace: {error}");
    }

    [Fact]
    public void AnUnknownKindIsNotRegistered()
    {
        Refusal(Envelope("v1", "Foo", Hex("0a00"))).ShouldBe(
            "Foo in version \"v1\" cannot be handled as a Namespace: no kind \"Foo\" is registered for version \"v1\" in scheme \"k8s.io/kubernetes/pkg/api/legacyscheme/scheme.go:30\"");
    }
}
