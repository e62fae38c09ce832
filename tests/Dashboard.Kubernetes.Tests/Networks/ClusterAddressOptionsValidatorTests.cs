using Dashboard.Kubernetes.Networks;

namespace Dashboard.Kubernetes.Tests.Networks;

public class ClusterAddressOptionsValidatorTests
{
    private static List<string> Failures(ClusterAddressOptions options) =>
        new ClusterAddressOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void TheDefaultListsAreValid() => Failures(new ClusterAddressOptions()).ShouldBeEmpty();

    [Fact]
    public void APrefixLongerThanTheAddressIsNamedWithItsSetting()
    {
        var failure = Failures(new ClusterAddressOptions { AllowedNetworks = ["10.0.0.0/8", "10.0.0.0/33"] }).ShouldHaveSingleItem();

        failure.ShouldStartWith("'10.0.0.0/33' in Dashboard:Clusters:AllowedNetworks is not a CIDR");
        failure.ShouldContain("from 0 to 32");
    }

    [Fact]
    public void AnIpv4RangeWrittenAsMappedIpv6IsRefusedBecauseItWouldNeverMatch()
    {
        Failures(new ClusterAddressOptions { AllowedNetworks = ["::ffff:127.0.0.0/104"] }).ShouldHaveSingleItem()
            .ShouldContain("write it as IPv4 (127.0.0.0/…)");
    }

    [Fact]
    public void WordsAndSingleAddressesAreToldApart()
    {
        var failures = Failures(new ClusterAddressOptions { AllowedNetworks = ["loopback", "127.0.0.1", "::1/128", ""] });

        failures.ShouldHaveSingleItem().ShouldStartWith("'loopback' in Dashboard:Clusters:AllowedNetworks is not a CIDR");
    }

    [Fact]
    public void ABlankEntryStandsForAnEmptyListNotForTheDefault()
    {
        new ClusterAddressOptions { AllowedNetworks = [""] }.EffectiveAllowedNetworks.ShouldBeEmpty();
        new ClusterAddressOptions().EffectiveAllowedNetworks.ShouldBe(ClusterAddressOptions.DefaultAllowedNetworks);
    }
}
