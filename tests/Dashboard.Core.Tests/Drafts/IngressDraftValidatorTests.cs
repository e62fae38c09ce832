using Dashboard.Core.Ingresses;

using Mistake = Dashboard.Core.Tests.Drafts.DraftCase<Dashboard.Core.Ingresses.IngressDraft>;
using Variant = Dashboard.Core.Tests.Drafts.ValidVariant<Dashboard.Core.Ingresses.IngressDraft>;

namespace Dashboard.Core.Tests.Drafts;

public class IngressDraftValidatorTests
{
    private const string FirstPath = "Rules[0].Paths[0]";

    private readonly IngressDraftValidator validator = new(ValidDrafts.Cluster);

    public static TheoryData<Mistake> Invalid { get; } = new(
        new Mistake("a namespace with an underscore", d => d.Namespace = "shop_1", "Namespace", "a lowercase RFC 1123 label"),
        new Mistake("a name in capitals", d => d.Name = "Shop", "Name", "Try 'shop'."),
        new Mistake("an empty name", d => d.Name = "", "Name", "Give the ingress a name"),
        new Mistake("an empty class name", d => d.ClassName = "", "ClassName", "leave the class unset"),
        new Mistake("a class name in capitals", d => d.ClassName = "Nginx", "ClassName", "a lowercase RFC 1123 subdomain"),
        new Mistake("no rules", d => { d.Rules = []; d.Tls = []; }, "Rules", "add at least one rule"),
        new Mistake("a second default backend", d => d.Rules.Add(new() { HostChoice = HostChoice.DefaultBackend, Paths = [ValidDrafts.Path("/", "api", "8080")] }),
            "Rules[3].HostChoice", "rule 3 already is"),
        new Mistake("a second generated host", d => d.Rules.Add(new() { HostChoice = HostChoice.Generate, Paths = [ValidDrafts.Path("/v2", "api", "8080")] }),
            "Rules[3].HostChoice", "Only one rule can use the generated host"),
        new Mistake("a custom host twice", d => d.Rules.Add(new() { HostChoice = HostChoice.Custom, Host = "shop.example.com", Paths = [ValidDrafts.Path("/b", "web", "80")] }),
            "Rules[3].Host", "rule 1 has the same host"),
        new Mistake("a default backend with two paths", d => d.Rules[2].Paths.Add(ValidDrafts.Path("/x", "web", "80")), "Rules[2].Paths", "exactly one path"),
        new Mistake("a default backend with a path", d => d.Rules[2].Paths[0].Path = "/api", "Rules[2].Paths[0].Path", "set it to '/'"),
        new Mistake("a custom rule without its host", d => CustomHost(d, null), "Rules[0].Host", "Enter the host"),
        new Mistake("an IP address as host", d => CustomHost(d, "10.0.0.1"), "Rules[0].Host", "must be a DNS name, not an IP address"),
        new Mistake("a host with a port", d => CustomHost(d, "shop.example.com:8443"), "Rules[0].Host", "Leave out the port"),
        new Mistake("a URL as host", d => CustomHost(d, "https://shop.example.com/"), "Rules[0].Host", "'shop.example.com'"),
        new Mistake("a host in capitals", d => CustomHost(d, "Shop.Example.com"), "Rules[0].Host", "Try 'shop.example.com'."),
        new Mistake("a wildcard in the middle", d => CustomHost(d, "shop.*.com"), "Rules[0].Host", "a wildcard DNS-1123 subdomain"),
        new Mistake("a generated rule with a host", d => d.Rules[1].Host = "api.example.com", "Rules[1].Host", "a generated host is filled in"),
        new Mistake("a default backend with a host", d => d.Rules[2].Host = "any.example.com", "Rules[2].Host", "answers requests for any host"),
        new Mistake("a rule without paths", d => d.Rules[1].Paths = [], "Rules[1].Paths", "add at least one path"),
        new Mistake("a relative path", d => d.Rules[0].Paths[0].Path = "api", $"{FirstPath}.Path", "must be an absolute path"),
        new Mistake("a prefix path with '//'", d => d.Rules[0].Paths[0].Path = "/a//b", $"{FirstPath}.Path", "must not contain '//'"),
        new Mistake("a prefix path ending in '/..'", d => d.Rules[0].Paths[0].Path = "/a/..", $"{FirstPath}.Path", "cannot end with '/..'"),
        new Mistake("a path type in lower case", d => d.Rules[0].Paths[0].PathType = "prefix", $"{FirstPath}.PathType", "supported values"),
        new Mistake("the same path twice in a rule", d => d.Rules[0].Paths.Add(ValidDrafts.Path("/", "api", "8080")), "Rules[0].Paths[1].Path", "Duplicate value: \"/\""),
        new Mistake("a Service name in capitals", d => d.Rules[0].Paths[0].ServiceName = "Web", $"{FirstPath}.ServiceName", "a DNS-1035 label"),
        new Mistake("no Service", d => d.Rules[0].Paths[0].ServiceName = "", $"{FirstPath}.ServiceName", "Pick the Service"),
        new Mistake("a Service the namespace lacks", d => d.Rules[0].Paths[0].ServiceName = "shop", $"{FirstPath}.ServiceName",
            "Service 'shop' does not exist in namespace 'shop'. Create it first or pick another."),
        new Mistake("a port name the Service lacks", d => d.Rules[0].Paths[0].ServicePort = "metrics", $"{FirstPath}.ServicePort",
            "Service 'web' has no port named 'metrics'. Its ports: 80 (http), 443 (https)."),
        new Mistake("a port number the Service lacks", d => d.Rules[1].Paths[0].ServicePort = "80", "Rules[1].Paths[0].ServicePort",
            "Service 'api' has no port 80. Its ports: 8080."),
        new Mistake("port 0", d => d.Rules[0].Paths[0].ServicePort = "0", $"{FirstPath}.ServicePort", "must be between 1 and 65535"),
        new Mistake("no port", d => d.Rules[0].Paths[0].ServicePort = "", $"{FirstPath}.ServicePort", "Pick a port of the Service"),
        new Mistake("a port name that is no IANA service name", d => d.Rules[0].Paths[0].ServicePort = "http_1", $"{FirstPath}.ServicePort", "alpha-numeric"),
        new Mistake("no TLS secret", d => d.Tls[0].SecretName = "", "Tls[0].SecretName", "Name the TLS secret"),
        new Mistake("a TLS secret with an underscore", d => d.Tls[0].SecretName = "shop_tls", "Tls[0].SecretName", "Try 'shop-tls'."),
        new Mistake("a TLS host that is not a rule's", d => d.Tls[0].Hosts = ["other.example.com"], "Tls[0].Hosts[0]", "Pick one of its Custom hosts: shop.example.com."),
        new Mistake("a TLS host listed twice", d => d.Tls[0].Hosts.Add("shop.example.com"), "Tls[0].Hosts[1]", "listed twice"),
        new Mistake("an annotation key with a space", d => d.Annotations[0].Key = "my note", "Annotations[0].Key", "name part must consist"),
        new Mistake("annotations over 256 KiB", d => d.Annotations[0].Value = new string('x', 300 * 1024), "Annotations", "must have at most 262144 bytes"),
        new Mistake("the same annotation key twice", d => d.Annotations.Add(new() { Key = "nginx.ingress.kubernetes.io/rewrite-target", Value = "/" }),
            "Annotations[1].Key", "Duplicate value"),
        new Mistake("a label value with a slash", d => d.Labels[0].Value = "a/b", "Labels[0].Value", "a valid label must be"));

    public static TheoryData<Variant> Valid { get; } = new(
        new Variant("as built", _ => { }),
        new Variant("without a class", d => d.ClassName = null),
        new Variant("a wildcard host covered by TLS", d => { d.Rules[0].Host = "*.example.com"; d.Tls[0].Hosts = ["*.example.com"]; }),
        new Variant("only a default backend", d => { d.Rules = [d.Rules[2]]; d.Tls = []; }),
        new Variant("an empty host on a generated rule", d => d.Rules[1].Host = ""),
        new Variant("a TLS entry without hosts", d => d.Tls[0].Hosts = []),
        new Variant("exact and implementation-specific paths", d =>
            {
                d.Rules[0].Paths[0].PathType = "Exact";
                d.Rules[1].Paths[0] = ValidDrafts.Path("/api(/|$)(.*)", "api", "8080");
                d.Rules[1].Paths[0].PathType = "ImplementationSpecific";
            }),
        new Variant("the same path with another path type", d => d.Rules[0].Paths.Add(new() { Path = "/", PathType = "Exact", ServiceName = "web", ServicePort = "https" })));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void EachMistakeIsReportedOnceAtItsFieldWithWhatToDo(Mistake mistake) => mistake.ShouldFail(ValidDrafts.Ingress(), validator);

    [Theory]
    [MemberData(nameof(Valid))]
    public void ValidIngressesPass(Variant variant) => variant.ShouldPass(ValidDrafts.Ingress(), validator);

    // The TLS entry names the first rule's host; a mistake in that host is the case, not the TLS entry it orphans.
    private static void CustomHost(IngressDraft draft, string? host)
    {
        draft.Rules[0].Host = host;
        draft.Tls = [];
    }

    [Fact]
    public void ATlsHostFollowsAChangedRuleHost()
    {
        var draft = ValidDrafts.Ingress();
        draft.Rules[0].Host = "www.example.com";

        var result = validator.Validate(draft);

        result.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Tls[0].Hosts[0]");
    }

    [Fact]
    public void WithoutAContextUnknownServicesAreLeftToTheCluster()
    {
        var draft = ValidDrafts.Ingress();
        draft.Rules[0].Paths[0].ServiceName = "not-created-yet";

        new IngressDraftValidator().Validate(draft).IsValid.ShouldBeTrue();
    }
}
