using Dashboard.Kubernetes.Hostnames;

namespace Dashboard.Web.Tests.Components.Objects;

/// <summary>The CNAME record names the host the user chose; the placeholder only when there is none.</summary>
public class CnameRecordTests
{
    private static readonly string[] Target = ["k8s-default-web-0123456789.us-east-1.elb.amazonaws.com"];

    [Fact]
    public void ARecordIsWrittenForEachHostTheUserChose() =>
        HostnameResult.CnameRecords(["web.example.com", "api.example.com."], Target).ShouldBe(
        [
            "web.example.com. CNAME k8s-default-web-0123456789.us-east-1.elb.amazonaws.com.",
            "api.example.com. CNAME k8s-default-web-0123456789.us-east-1.elb.amazonaws.com.",
        ]);

    [Fact]
    public void WithoutAHostOfTheUsersOwnTheRecordShowsThePlaceholder() =>
        HostnameResult.CnameRecords([], Target).ShouldBe(["your.domain. CNAME k8s-default-web-0123456789.us-east-1.elb.amazonaws.com."]);
}
