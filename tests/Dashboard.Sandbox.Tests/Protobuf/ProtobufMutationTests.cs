using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Protobuf;
using Google.Protobuf;
using static Dashboard.Sandbox.Tests.Protobuf.ProtobufBodies;

namespace Dashboard.Sandbox.Tests.Protobuf;

/// <summary>Whatever the bytes, the decoder answers with an object or a 400, never another failure (a 500).</summary>
public sealed class ProtobufMutationTests
{
    [Fact]
    public void CorruptedBodiesDecodeOrAreBadRequestsNeverAnotherFailure()
    {
        var valid = Envelope("v1", "Pod", ProtobufFieldNameTests.KitchenSinkPod().ToByteArray());
        var random = new Random(20261202);
        var (decoded, refused) = (0, 0);

        for (var i = 0; i < 3000; i++)
        {
            var body = Mutate(valid, random);
            try
            {
                ProtobufDecoder.Decode(body, "Pod", "v1");
                decoded++;
            }
            catch (ApiException error) when (error.Code == 400)
            {
                refused++;
            }
        }

        (decoded + refused).ShouldBe(3000);
        refused.ShouldBeGreaterThan(0);
        decoded.ShouldBeGreaterThan(0);
    }

    /// <summary>One to four flipped bytes, sometimes also cut short.</summary>
    private static byte[] Mutate(byte[] valid, Random random)
    {
        var body = (byte[])valid.Clone();
        for (var flips = random.Next(1, 5); flips > 0; flips--)
        {
            body[random.Next(4, body.Length)] = (byte)random.Next(256);
        }

        return random.Next(4) == 0 ? body[..random.Next(4, body.Length)] : body;
    }
}
