using Dashboard.Core.Settings;

namespace Dashboard.Core.Tests.Settings;

public class TimeSpanSettingTests
{
    [Fact]
    public void APositiveSpanPasses() =>
        TimeSpanSetting.MustBePositive("Dashboard:Caching:IdleTimeout", TimeSpan.FromSeconds(1), "00:05:00").ShouldBeNull();

    [Theory]
    [InlineData(0, "Dashboard:Caching:IdleTimeout must be a positive time span such as '00:05:00'; it is 00:00:00.")]
    [InlineData(-90, "Dashboard:Caching:IdleTimeout must be a positive time span such as '00:05:00'; it is -00:01:30.")]
    public void AZeroOrNegativeSpanIsNamedWithAnExampleOfARightValue(int seconds, string message) =>
        TimeSpanSetting.MustBePositive("Dashboard:Caching:IdleTimeout", TimeSpan.FromSeconds(seconds), "00:05:00").ShouldBe(message);
}
