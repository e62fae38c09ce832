using Dashboard.Sandbox.Protobuf;

namespace Dashboard.Sandbox.Tests.Protobuf;

/// <summary>meta/v1 Duration is written as Go's time.Duration.String().</summary>
public sealed class GoDurationTests
{
    [Theory]
    [InlineData(0L, "0s")]
    [InlineData(100L, "100ns")]
    [InlineData(1_500L, "1.5µs")]
    [InlineData(2_250_000L, "2.25ms")]
    [InlineData(1_500_000_000L, "1.5s")]
    [InlineData(90_000_000_000L, "1m30s")]
    [InlineData(-90_000_000_000L, "-1m30s")]
    [InlineData(3_600_000_000_000L, "1h0m0s")]
    [InlineData(3_723_000_000_000L, "1h2m3s")]
    public void ADurationPrintsAsGoPrintsIt(long nanoseconds, string expected) =>
        GoDuration.Format(nanoseconds).ShouldBe(expected);
}
