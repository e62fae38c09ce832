using Dashboard.Core.Drafts;
using Dashboard.Core.Gateways;

using Mistake = Dashboard.Core.Tests.Drafts.DraftCase<Dashboard.Core.Gateways.GatewayDraft>;
using Variant = Dashboard.Core.Tests.Drafts.ValidVariant<Dashboard.Core.Gateways.GatewayDraft>;

namespace Dashboard.Core.Tests.Drafts;

public class GatewayDraftValidatorTests
{
    private readonly GatewayDraftValidator validator = new(GatewayApiDrafts.Cluster);

    public static TheoryData<Mistake> Invalid { get; } = new(
        new Mistake("a namespace with an underscore", d => d.Namespace = "shop_1", "Namespace", "a lowercase RFC 1123 label"),
        new Mistake("a name in capitals", d => d.Name = "Web", "Name", "Try 'web'."),
        new Mistake("an empty name", d => d.Name = "", "Name", "Give the Gateway a name"),
        new Mistake("no class", d => d.ClassName = "", "ClassName", "pick the GatewayClass"),
        new Mistake("a class in capitals", d => d.ClassName = "Traefik", "ClassName", "a lowercase RFC 1123 subdomain"),
        new Mistake("a class the cluster lacks", d => d.ClassName = "nginx", "ClassName", "GatewayClass 'nginx' does not exist on this cluster. Pick one of: eg, traefik."),
        new Mistake("no listeners", d => d.Listeners = [], "Listeners", "add at least one listener"),
        new Mistake("65 listeners", d => d.Listeners = Enumerable.Range(1, 65).Select(i => new GatewayListenerDraft { Name = $"l{i}", Port = 8000 + i }).ToList(),
            "Listeners", "at most 64 listeners"),
        new Mistake("a listener without a name", d => d.Listeners[0].Name = "", "Listeners[0].Name", "Name the listener"),
        new Mistake("a listener name with a dot", d => d.Listeners[0].Name = "web.http", "Listeners[0].Name", "a lowercase RFC 1123 label"),
        new Mistake("two listeners with one name", d => d.Listeners[1].Name = "http", "Listeners[1].Name", "listener 1 has the same name"),
        new Mistake("port 0", d => d.Listeners[0].Port = 0, "Listeners[0].Port", "must be between 1 and 65535"),
        new Mistake("port 65536", d => d.Listeners[0].Port = 65536, "Listeners[0].Port", "must be between 1 and 65535"),
        new Mistake("a protocol in lower case", d => d.Listeners[0].Protocol = "http", "Listeners[0].Protocol", "Pick one, in upper case"),
        new Mistake("a protocol Gateway API does not know", d => d.Listeners[0].Protocol = "QUIC", "Listeners[0].Protocol", "supported values: \"HTTP\", \"HTTPS\", \"TLS\", \"TCP\", \"UDP\""),
        new Mistake("two listeners taking the same traffic", d => d.Listeners.Add(new() { Name = "http2", Port = 80 }), "Listeners[2].Port",
            "80/HTTP for any hostname: listener 1 takes the same traffic"),
        new Mistake("two HTTPS listeners for one hostname", d => d.Listeners.Add(new() { Name = "https2", Protocol = "HTTPS", Port = 443, Hostname = "*.shop.example", CertificateSecretName = "other-tls" }),
            "Listeners[2].Port", "443/HTTPS for hostname '*.shop.example'"),
        new Mistake("an IP address as hostname", d => d.Listeners[0].Hostname = "203.0.113.10", "Listeners[0].Hostname", "must be a DNS name, not an IP address"),
        new Mistake("an IPv6 address as hostname", d => d.Listeners[0].Hostname = "[2001:db8::1]", "Listeners[0].Hostname", "not an IP address"),
        new Mistake("a hostname with a port", d => d.Listeners[0].Hostname = "shop.example:8080", "Listeners[0].Hostname", "Leave out the port ('shop.example')"),
        new Mistake("a hostname in capitals", d => d.Listeners[0].Hostname = "Shop.Example", "Listeners[0].Hostname", "Try 'shop.example'."),
        new Mistake("a wildcard in the middle", d => d.Listeners[0].Hostname = "shop.*.example", "Listeners[0].Hostname", "A wildcard may only be the whole first label"),
        new Mistake("a hostname on a TCP listener", d => d.Listeners[0] = new() { Name = "db", Protocol = "TCP", Port = 5432, Hostname = "db.shop.example" },
            "Listeners[0].Hostname", "a TCP listener has no hostname to match"),
        new Mistake("an HTTPS listener without a certificate", d => d.Listeners[1].CertificateSecretName = null, "Listeners[1].CertificateSecretName",
            "pick the kubernetes.io/tls Secret with the certificate"),
        new Mistake("a certificate Secret with an underscore", d => d.Listeners[1].CertificateSecretName = "shop_tls", "Listeners[1].CertificateSecretName", "Try 'shop-tls'."),
        new Mistake("an HTTP listener with a certificate", d => d.Listeners[0].CertificateSecretName = "shop-tls", "Listeners[0].CertificateSecretName",
            "an HTTP listener terminates no TLS, so it takes no certificate"),
        new Mistake("cert-manager without an issuer", d => d.Listeners[1].CertificateSource = CertificateSource.CertManager, "CertManagerIssuer",
            "name the cert-manager ClusterIssuer that makes the certificates"),
        new Mistake("cert-manager without a hostname", d => { CertManager(d); d.Listeners[1].Hostname = null; }, "Listeners[1].Hostname",
            "cert-manager names the certificate after the listener's hostname"),
        new Mistake("cert-manager without the Secret name it will write", d => { CertManager(d); d.Listeners[1].CertificateSecretName = ""; }, "Listeners[1].CertificateSecretName",
            "name the Secret cert-manager will write"),
        new Mistake("an issuer name with a space", d => { CertManager(d); d.CertManagerIssuer = "lets encrypt"; }, "CertManagerIssuer", "a lowercase RFC 1123 subdomain"),
        new Mistake("an issuer annotation beside a chosen issuer", d => { CertManager(d); d.Annotations.Add(new() { Key = "cert-manager.io/cluster-issuer", Value = "other" }); },
            "Annotations[1].Key", "is written from the cert-manager issuer you picked"),
        new Mistake("a namespace selector without labels", d => d.Listeners[1].AllowedNamespaceLabels = [], "Listeners[1].AllowedNamespaceLabels",
            "add at least one namespace label"),
        new Mistake("a namespace selector label with a slash in its value", d => d.Listeners[1].AllowedNamespaceLabels[0].Value = "a/b",
            "Listeners[1].AllowedNamespaceLabels[0].Value", "a valid label must be"),
        new Mistake("a namespace selector label twice", d => d.Listeners[1].AllowedNamespaceLabels.Add(new() { Key = "gateway-access", Value = "x" }),
            "Listeners[1].AllowedNamespaceLabels[1].Key", "Duplicate value"),
        new Mistake("a label value with a slash", d => d.Labels[0].Value = "a/b", "Labels[0].Value", "a valid label must be"),
        new Mistake("an annotation key with a space", d => d.Annotations[0].Key = "my note", "Annotations[0].Key", "name part must consist"),
        new Mistake("an ingress-nginx snippet annotation", d => d.Annotations.Add(new() { Key = "nginx.ingress.kubernetes.io/server-snippet", Value = "return 200;" }),
            "Annotations[1].Key", "is refused"));

    public static TheoryData<Variant> Valid { get; } = new(
        new Variant("as built", _ => { }),
        new Variant("one HTTP listener for any host", d => d.Listeners = [new() { Name = "http", Port = 80 }]),
        new Variant("cert-manager with an issuer and a hostname", CertManager),
        new Variant("cert-manager with a namespaced Issuer", d => { CertManager(d); d.CertManagerIssuerKind = CertManagerIssuerKind.Issuer; }),
        new Variant("HTTP and HTTPS on one port for different hostnames", d => d.Listeners.Add(new() { Name = "https-apex", Protocol = "HTTPS", Port = 443, Hostname = "shop.example", CertificateSecretName = "apex-tls" })),
        new Variant("the same port for TCP and UDP", d => d.Listeners = [new() { Name = "dns-tcp", Protocol = "TCP", Port = 53 }, new() { Name = "dns-udp", Protocol = "UDP", Port = 53 }]),
        new Variant("a TLS listener passing TLS through", d => d.Listeners[0] = new() { Name = "tls", Protocol = "TLS", Port = 8443, Hostname = "db.shop.example" }),
        new Variant("a TLS listener terminating TLS", d => d.Listeners[0] = new() { Name = "tls", Protocol = "TLS", Port = 8443, Hostname = "db.shop.example", CertificateSecretName = "db-tls" }),
        new Variant("routes from every namespace", d => { d.Listeners[1].AllowedRoutes = RouteNamespaces.All; d.Listeners[1].AllowedNamespaceLabels = []; }),
        new Variant("labels left over from a selector are not checked once the choice is Same", d =>
            {
                d.Listeners[1].AllowedRoutes = RouteNamespaces.Same;
                d.Listeners[1].AllowedNamespaceLabels = [new() { Key = "bad key", Value = "a/b" }];
            }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void EachMistakeIsReportedOnceAtItsFieldWithWhatToDo(Mistake mistake) => mistake.ShouldFail(GatewayApiDrafts.Gateway(), validator);

    [Theory]
    [MemberData(nameof(Valid))]
    public void ValidGatewaysPass(Variant variant) => variant.ShouldPass(GatewayApiDrafts.Gateway(), validator);

    private static void CertManager(GatewayDraft draft)
    {
        draft.Listeners[1].CertificateSource = CertificateSource.CertManager;
        draft.CertManagerIssuer = "letsencrypt";
    }

    [Fact]
    public void WithoutAContextAnyWellFormedClassIsLeftToTheCluster()
    {
        var draft = GatewayApiDrafts.Gateway();
        draft.ClassName = "not-installed-yet";

        new GatewayDraftValidator().Validate(draft).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void AClusterWithoutGatewayClassesSaysToInstallAController()
    {
        var draft = GatewayApiDrafts.Gateway();

        var error = new GatewayDraftValidator(new DraftValidationContext { GatewayClasses = [] }).Validate(draft).Errors.ShouldHaveSingleItem();

        error.PropertyName.ShouldBe("ClassName");
        error.ErrorMessage.ShouldContain("this cluster has no GatewayClass at all. Install a Gateway API controller");
    }

    [Fact]
    public void AnAnnotationTheAdministratorAllowedPasses()
    {
        var draft = GatewayApiDrafts.Gateway();
        draft.Annotations.Add(new() { Key = "nginx.ingress.kubernetes.io/server-snippet", Value = "return 200;" });
        var context = GatewayApiDrafts.Cluster with { Annotations = new Annotations.AnnotationPolicy(["nginx.ingress.kubernetes.io/server-snippet"]) };

        new GatewayDraftValidator(context).Validate(draft).IsValid.ShouldBeTrue();
    }
}
