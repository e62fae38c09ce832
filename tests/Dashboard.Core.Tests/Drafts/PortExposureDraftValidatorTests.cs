using Dashboard.Core.PortExposures;

using Mistake = Dashboard.Core.Tests.Drafts.DraftCase<Dashboard.Core.PortExposures.PortExposureDraft>;

namespace Dashboard.Core.Tests.Drafts;

public class PortExposureDraftValidatorTests
{
    private readonly PortExposureDraftValidator validator = new(ValidDrafts.Cluster);

    public static TheoryData<Mistake> Invalid { get; } = new(
        new Mistake("SCTP", d => d.Protocol = "SCTP", "Protocol", "supported values: \"TCP\", \"UDP\""),
        new Mistake("external port 80", d => d.ExternalPort = 80, "ExternalPort", "the ingress controller's HTTP and HTTPS ports"),
        new Mistake("external port 443", d => d.ExternalPort = 443, "ExternalPort", "use an Ingress for HTTP traffic"),
        new Mistake("external port 0", d => d.ExternalPort = 0, "ExternalPort", "must be between 1 and 65535"),
        new Mistake("external port 65536", d => d.ExternalPort = 65536, "ExternalPort", "must be between 1 and 65535"),
        new Mistake("a namespace in capitals", d => d.Namespace = "Shop", "Namespace", "Try 'shop'."),
        new Mistake("an empty namespace", d => d.Namespace = "", "Namespace", "Pick the namespace"),
        new Mistake("no Service", d => d.ServiceName = "", "ServiceName", "Pick the Service"),
        new Mistake("a Service name with a dot", d => d.ServiceName = "db.main", "ServiceName", "a DNS-1035 label"),
        new Mistake("a Service the namespace lacks", d => d.ServiceName = "mysql", "ServiceName",
            "Service 'mysql' does not exist in namespace 'shop'. Create it first or pick another."),
        new Mistake("service port 0", d => d.ServicePort = 0, "ServicePort", "must be between 1 and 65535"),
        new Mistake("a port the Service lacks", d => d.ServicePort = 5433, "ServicePort", "Service 'postgres' has no port 5433. Its ports: 5432 (pg)."));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void EachMistakeIsReportedOnceAtItsFieldWithWhatToDo(Mistake mistake) => mistake.ShouldFail(ValidDrafts.PortExposure(), validator);

    [Fact]
    public void AValidExposurePasses() => validator.Validate(ValidDrafts.PortExposure()).Errors.ShouldBeEmpty();

    [Fact]
    public void UdpIsOfferedToo()
    {
        var draft = ValidDrafts.PortExposure();
        draft.Protocol = "UDP";

        validator.Validate(draft).Errors.ShouldBeEmpty();
    }

    [Fact]
    public void WithoutAContextUnknownServicesAreLeftToTheCluster()
    {
        var draft = ValidDrafts.PortExposure();
        draft.ServiceName = "mysql";

        new PortExposureDraftValidator().Validate(draft).IsValid.ShouldBeTrue();
    }
}
