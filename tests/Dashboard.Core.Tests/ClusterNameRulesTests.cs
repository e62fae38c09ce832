using Dashboard.Core.Clusters;

namespace Dashboard.Core.Tests;

public class ClusterNameRulesTests
{
    [Theory]
    [InlineData("prod")]
    [InlineData("prod-eu-1")]
    [InlineData("Prod_EU.1")]
    [InlineData("a")]
    public void UsualNamesAreAccepted(string name) => ClusterNameRules.Validate(name).ShouldBeNull();

    [Theory]
    [InlineData("", "Give the cluster a name")]
    [InlineData("   ", "Give the cluster a name")]
    [InlineData("my cluster", "Use letters, digits")]
    [InlineData("-prod", "Use letters, digits")]
    [InlineData("prod.", "Use letters, digits")]
    [InlineData("<script>", "Use letters, digits")]
    [InlineData("prød", "Use letters, digits")]
    public void BadNamesAreRefusedWithTheFix(string name, string expected) =>
        ClusterNameRules.Validate(name).ShouldNotBeNull().ShouldStartWith(expected);

    [Fact]
    public void SixtyFourCharactersAreTooMany()
    {
        ClusterNameRules.Validate(new string('a', 63)).ShouldBeNull();
        ClusterNameRules.Validate(new string('a', 64)).ShouldBe("The name is 64 characters long; use at most 63.");
    }
}
