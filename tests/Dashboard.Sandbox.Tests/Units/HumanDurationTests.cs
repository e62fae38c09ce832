using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Tests.Units;

public sealed class HumanDurationTests
{
    [Theory]
    [InlineData(5, "5s")]
    [InlineData(119, "119s")]
    [InlineData(150, "2m30s")]
    [InlineData(600, "10m")]
    [InlineData(3 * 3600 + 300, "3h5m")]
    [InlineData(30 * 3600, "30h")]
    [InlineData(3 * 86400 + 3600, "3d1h")]
    [InlineData(40 * 86400, "40d")]
    public void TheAgeColumnReadsLikeKubectls(int seconds, string expected) =>
        HumanDuration.Format(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);
}
