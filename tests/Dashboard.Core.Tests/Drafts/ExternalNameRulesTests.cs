using Dashboard.Core.Services;

namespace Dashboard.Core.Tests.Drafts;

public class ExternalNameRulesTests
{
    private static ServiceDraft Alias(string externalName)
    {
        var draft = ValidDrafts.Service();
        draft.Type = ServiceKind.ExternalName;
        draft.ExternalName = externalName;
        draft.Ports = [];
        draft.Selector = [];
        return draft;
    }

    [Theory]
    [InlineData("169.254.169.254", "metadata service")]
    [InlineData("169.254.169.254.", "metadata service")]
    [InlineData("169.254.10.1", "link-local")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.1", "loopback")]
    [InlineData("2130706433", "loopback")]
    [InlineData("0x7f.1", "loopback")]
    [InlineData("0.0.0.0", "'this host'")]
    [InlineData("10.43.0.1", "private address (10.0.0.0/8)")]
    [InlineData("172.20.1.1", "private address (172.16.0.0/12)")]
    [InlineData("192.168.1.10", "private address (192.168.0.0/16)")]
    [InlineData("100.64.0.7", "carrier-grade NAT")]
    [InlineData("localhost", "loopback")]
    [InlineData("api.localhost", "loopback")]
    [InlineData("metadata.google.internal", "metadata service")]
    [InlineData("metadata", "metadata service")]
    public void AnExternalNameThatReachesTheNodeTheMetadataServiceOrAPrivateNetworkIsRefusedWithWhatToDo(string externalName, string fragment)
    {
        var error = new ServiceDraftValidator(ValidDrafts.Cluster).Validate(Alias(externalName)).Errors.ShouldHaveSingleItem();

        error.PropertyName.ShouldBe("ExternalName");
        error.ErrorMessage.ShouldContain(fragment);
        error.ErrorMessage.ShouldContain("Enter the DNS name of the external service instead");
    }

    [Fact]
    public void AnAddressWrittenInAnotherFormIsShownAsTheAddressItMeans() =>
        ExternalNameRules.Problem("2130706433").ShouldNotBeNull().ShouldContain("(127.0.0.1)");

    [Theory]
    [InlineData("db.example.com")]
    [InlineData("db.example.com.")]
    [InlineData("postgres.data.svc.cluster.local")]
    [InlineData("203.0.113.10")]
    [InlineData("172.32.0.1")]
    [InlineData("metadata.example.com")]
    public void PublicNamesAndAddressesPass(string externalName) =>
        new ServiceDraftValidator(ValidDrafts.Cluster).Validate(Alias(externalName)).Errors.ShouldBeEmpty();

    [Fact]
    public void AMalformedNameGetsTheNameRulesMessageOnly()
    {
        var errors = new ServiceDraftValidator(ValidDrafts.Cluster).Validate(Alias("Local_Host")).Errors;

        errors.ShouldHaveSingleItem().ErrorMessage.ShouldContain("a lowercase RFC 1123 subdomain");
    }
}
