using Dashboard.Core.Services;

using Mistake = Dashboard.Core.Tests.Drafts.DraftCase<Dashboard.Core.Services.ServiceDraft>;
using Variant = Dashboard.Core.Tests.Drafts.ValidVariant<Dashboard.Core.Services.ServiceDraft>;

namespace Dashboard.Core.Tests.Drafts;

public class ServiceDraftValidatorTests
{
    private readonly ServiceDraftValidator validator = new(ValidDrafts.Cluster);

    public static TheoryData<Mistake> Invalid { get; } = new(
        new Mistake("a namespace in capitals", d => d.Namespace = "Shop", "Namespace", "a lowercase RFC 1123 label must consist of"),
        new Mistake("an empty namespace", d => d.Namespace = "", "Namespace", "Pick a namespace"),
        new Mistake("a new namespace that already exists", d => d.CreateNamespace = true, "Namespace",
            "The namespace 'shop' already exists: choose it under 'An existing namespace', or type a name that is not taken."),
        new Mistake("a name that starts with a digit", d => d.Name = "1web", "Name", "a DNS-1035 label must consist of"),
        new Mistake("a name with spaces", d => d.Name = "My Web", "Name", "Try 'my-web'."),
        new Mistake("an empty name", d => d.Name = "", "Name", "Give the Service a name"),
        new Mistake("a name of 64 characters", d => d.Name = new string('a', 64), "Name", "must be no more than 63 characters"),
        new Mistake("an unknown type", d => d.Type = (ServiceKind)42, "Type", "Pick a Service type"),
        new Mistake("an ExternalName Service without its name", d => d.Type = ServiceKind.ExternalName, "ExternalName", "Enter the DNS name the Service aliases"),
        new Mistake("an external name with an underscore", d => { d.Type = ServiceKind.ExternalName; d.ExternalName = "db_1.example.com"; },
            "ExternalName", "a lowercase RFC 1123 subdomain"),
        new Mistake("a ClusterIP Service without ports", d => d.Ports = [], "Ports", "add at least one port"),
        new Mistake("a NodePort Service without ports", d => { d.Type = ServiceKind.NodePort; d.Ports = []; }, "Ports", "a NodePort Service"),
        new Mistake("port 0", d => d.Ports[0].Port = 0, "Ports[0].Port", "must be between 1 and 65535, inclusive"),
        new Mistake("port 65536", d => d.Ports[0].Port = 65536, "Ports[0].Port", "must be between 1 and 65535"),
        new Mistake("SCTP", d => d.Ports[0].Protocol = "SCTP", "Ports[0].Protocol", "supported values: \"TCP\", \"UDP\""),
        new Mistake("a lower case protocol", d => d.Ports[0].Protocol = "tcp", "Ports[0].Protocol", "Pick TCP or UDP"),
        new Mistake("target port 0", d => d.Ports[0].TargetPort = "0", "Ports[0].TargetPort", "must be between 1 and 65535"),
        new Mistake("target port 99999", d => d.Ports[0].TargetPort = "99999", "Ports[0].TargetPort", "must be between 1 and 65535"),
        new Mistake("a target port name with an underscore", d => d.Ports[0].TargetPort = "http_alt", "Ports[0].TargetPort", "must contain only alpha-numeric characters"),
        new Mistake("a target port name of 16 characters", d => d.Ports[0].TargetPort = "web-http-endpoin", "Ports[0].TargetPort", "must be no more than 15 characters"),
        new Mistake("a target port name with two hyphens", d => d.Ports[0].TargetPort = "http--alt", "Ports[0].TargetPort", "must not contain consecutive hyphens"),
        new Mistake("a port name in capitals", d => d.Ports[0].Name = "HTTP", "Ports[0].Name", "Try 'http'."),
        new Mistake("a node port on a ClusterIP Service", d => d.Ports[0].NodePort = 30001, "Ports[0].NodePort", "may not be used when `type` is 'ClusterIP'"),
        new Mistake("a node port on a Headless Service", d => { d.Type = ServiceKind.Headless; d.Ports[0].NodePort = 30001; }, "Ports[0].NodePort", "'Headless'"),
        new Mistake("a node port below the range", d => { d.Type = ServiceKind.NodePort; d.Ports[0].NodePort = 8080; },
            "Ports[0].NodePort", "The range of valid ports is 30000-32767"),
        new Mistake("a node port above the range", d => { d.Type = ServiceKind.LoadBalancer; d.Ports[0].NodePort = 32768; }, "Ports[0].NodePort", "not in the valid range"),
        new Mistake("a node port already taken", d => { d.Type = ServiceKind.NodePort; d.Ports[0].NodePort = 30080; }, "Ports[0].NodePort", "already allocated"),
        new Mistake("a second port without a name", d => d.Ports.Add(ValidDrafts.Port(null, 443)), "Ports[1].Name", "name every port"),
        new Mistake("a first port without a name", d => { d.Ports[0].Name = null; d.Ports.Add(ValidDrafts.Port("https", 443)); }, "Ports[0].Name", "name every port"),
        new Mistake("two ports with one name", d => d.Ports.Add(ValidDrafts.Port("http", 443)), "Ports[1].Name", "port 1 has the same name"),
        new Mistake("the same port and protocol twice", d => d.Ports.Add(ValidDrafts.Port("alt", 80)), "Ports[1].Port", "Duplicate value: 80/TCP"),
        new Mistake("the same node port twice", d =>
            {
                d.Type = ServiceKind.NodePort;
                d.Ports = [ValidDrafts.Port("http", 80, nodePort: 30001), ValidDrafts.Port("https", 443, nodePort: 30001)];
            }, "Ports[1].NodePort", "uses the same node port"),
        new Mistake("a selector key with a space", d => d.Selector[0].Key = "app name", "Selector[0].Key", "name part must consist of alphanumeric characters"),
        new Mistake("a selector value with a space", d => d.Selector[0].Value = "web app", "Selector[0].Value", "a valid label must be an empty string or consist of"),
        new Mistake("an empty selector key", d => d.Selector[0].Key = "", "Selector[0].Key", "Enter a key"),
        new Mistake("a label key ending in '/'", d => d.Labels[0].Key = "example.com/", "Labels[0].Key", "name part must be non-empty"),
        new Mistake("a label key with a bad prefix", d => d.Labels[0].Key = "Example_com/app", "Labels[0].Key", "prefix part a lowercase RFC 1123 subdomain"),
        new Mistake("a label key with two slashes", d => d.Labels[0].Key = "a/b/c", "Labels[0].Key", "Use at most one '/'."),
        new Mistake("a label value of 64 characters", d => d.Labels[0].Value = new string('v', 64), "Labels[0].Value", "must be no more than 63 characters"),
        new Mistake("the same label key twice", d => d.Labels.Add(new() { Key = "app.kubernetes.io/name", Value = "other" }), "Labels[1].Key", "row 1 has the same key"));

    public static TheoryData<Variant> Valid { get; } = new(
        new Variant("as built", _ => { }),
        new Variant("a new namespace that does not exist yet", d => { d.CreateNamespace = true; d.Namespace = "shop-staging"; }),
        new Variant("an ExternalName Service with no ports and a trailing dot", d =>
            {
                d.Type = ServiceKind.ExternalName;
                d.ExternalName = "db.example.com.";
                d.Ports = [];
            }),
        new Variant("a Headless Service with no ports", d => { d.Type = ServiceKind.Headless; d.Ports = []; }),
        new Variant("one port without a name or target port", d => { d.Ports[0].Name = null; d.Ports[0].TargetPort = null; }),
        new Variant("a named target port", d => d.Ports[0].TargetPort = "web-http"),
        new Variant("the same port over TCP and UDP", d => d.Ports = [ValidDrafts.Port("dns", 53), ValidDrafts.Port("dns-udp", 53, "UDP")]),
        new Variant("the same node port over TCP and UDP", d =>
            {
                d.Type = ServiceKind.NodePort;
                d.Ports = [ValidDrafts.Port("dns", 53, nodePort: 30053), ValidDrafts.Port("dns-udp", 53, "UDP", 30053)];
            }),
        new Variant("a LoadBalancer with the cluster choosing the node port", d => d.Type = ServiceKind.LoadBalancer),
        new Variant("node ports at both ends of the range", d =>
            {
                d.Type = ServiceKind.NodePort;
                d.Ports = [ValidDrafts.Port("a", 80, nodePort: 30000), ValidDrafts.Port("b", 81, nodePort: 32767)];
            }),
        new Variant("an empty selector", d => d.Selector = []),
        new Variant("an empty label value", d => d.Labels[0].Value = ""));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void EachMistakeIsReportedOnceAtItsFieldWithWhatToDo(Mistake mistake) => mistake.ShouldFail(ValidDrafts.Service(), validator);

    [Theory]
    [MemberData(nameof(Valid))]
    public void ValidServicesPass(Variant variant) => variant.ShouldPass(ValidDrafts.Service(), validator);

    [Fact]
    public void WithoutAContextAnyNodePortIsLeftToTheCluster()
    {
        var draft = ValidDrafts.Service();
        draft.Type = ServiceKind.NodePort;
        draft.Ports[0].NodePort = 30080;

        new ServiceDraftValidator().Validate(draft).IsValid.ShouldBeTrue();
    }
}
