using Dashboard.Core.Annotations;
using Dashboard.Core.Drafts;
using Dashboard.Core.Ingresses;

namespace Dashboard.Core.Tests.Drafts;

public class AnnotationPolicyTests
{
    private const string Nginx = "nginx.ingress.kubernetes.io/";

    public static TheoryData<string, string> RefusedWithTheirAdvisory { get; } = new()
    {
        { Nginx + "configuration-snippet", "CVE-2021-25742" },
        { Nginx + "server-snippet", "CVE-2021-25742" },
        { Nginx + "stream-snippet", "CVE-2021-25742" },
        { Nginx + "auth-snippet", "CVE-2021-25742" },
        { Nginx + "modsecurity-snippet", "CVE-2021-25742" },
        { Nginx + "a-future-snippet", "CVE-2025-1974" },
        { Nginx + "auth-url", "CVE-2025-24514" },
        { Nginx + "auth-proxy-set-headers", "CVE-2025-15566" },
        { Nginx + "auth-tls-match-cn", "CVE-2025-1097" },
        { Nginx + "auth-tls-secret", "CVE-2025-1097" },
        { Nginx + "mirror-target", "CVE-2025-1098" },
        { Nginx + "mirror-host", "CVE-2025-1098" },
        { Nginx + "Configuration-Snippet", "CVE-2021-25742" },
        { Nginx + "AUTH-URL", "CVE-2025-24514" },
        { "nginx.org/server-snippets", "CVE-2021-25742" },
        { "nginx.org/location-snippets", "CVE-2021-25742" },
    };

    [Theory]
    [MemberData(nameof(RefusedWithTheirAdvisory))]
    public void ARefusedAnnotationIsNamedWithWhatItDoesTheAdvisoryAndTheSettingThatAllowsIt(string key, string advisory)
    {
        var refusal = AnnotationPolicy.Default.Refusal(key, "anything", existing: null);

        refusal.ShouldNotBeNull();
        refusal.ShouldContain($"'{key}'");
        refusal.ShouldContain(advisory);
        refusal.ShouldContain("NGINX configuration");
        refusal.ShouldContain("Dashboard:Annotations:AllowedPrefixes");
    }

    [Theory]
    [InlineData(Nginx + "rewrite-target")]
    [InlineData(Nginx + "ssl-redirect")]
    [InlineData(Nginx + "auth-type")]
    [InlineData(Nginx + "auth-signin")]
    [InlineData("cert-manager.io/cluster-issuer")]
    [InlineData("example.com/server-snippet")]
    [InlineData("nginx.org/rewrites")]
    public void OrdinaryAnnotationsPass(string key) => AnnotationPolicy.Default.Refusal(key, "value", existing: null).ShouldBeNull();

    [Fact]
    public void AnAllowedPrefixLetsItsFamilyThroughAndNothingElse()
    {
        var policy = new AnnotationPolicy(["NGINX.ingress.kubernetes.io/auth-tls-"]);

        policy.Refusal(Nginx + "auth-tls-secret", "shop/ca", existing: null).ShouldBeNull();
        policy.Refusal(Nginx + "auth-tls-verify-client", "on", existing: null).ShouldBeNull();
        policy.Refusal(Nginx + "auth-url", "https://auth.example.com", existing: null).ShouldNotBeNull();
    }

    [Fact]
    public void ARefusedAnnotationTheObjectAlreadyCarriesPassesOnlyUnchanged()
    {
        var existing = new Dictionary<string, string> { [Nginx + "server-snippet"] = "location /x { return 404; }" };

        AnnotationPolicy.Default.Refusal(Nginx + "server-snippet", "location /x { return 404; }", existing).ShouldBeNull();
        AnnotationPolicy.Default.Refusal(Nginx + "server-snippet", "location /x { return 403; }", existing).ShouldNotBeNull();
        AnnotationPolicy.Default.Refusal(Nginx + "configuration-snippet", "more_set_headers x;", existing).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("", "empty entry")]
    [InlineData("  ", "empty entry")]
    [InlineData("nginx", "has no '/'")]
    [InlineData("nginx.ingress.kubernetes.io/auth tls", "contains a space")]
    public void AnUnusableAllowedPrefixIsNamedWithWhatToWrite(string prefix, string fragment)
    {
        var problem = AnnotationPolicy.PrefixProblem(prefix);

        problem.ShouldNotBeNull();
        problem.ShouldContain(fragment);
        problem.ShouldContain("Dashboard:Annotations:AllowedPrefixes");
    }

    [Fact]
    public void AWholeControllerPrefixIsAUsableAllowedPrefix() => AnnotationPolicy.PrefixProblem(Nginx).ShouldBeNull();

    [Fact]
    public void TheIngressValidatorRefusesASnippetAtItsRowEvenWithoutAClusterContext()
    {
        var draft = ValidDrafts.Ingress();
        draft.Annotations.Add(new KeyValueDraft { Key = Nginx + "configuration-snippet", Value = "more_set_headers \"X: y\";" });

        var error = new IngressDraftValidator().Validate(draft).Errors.ShouldHaveSingleItem();

        error.PropertyName.ShouldBe("Annotations[1].Key");
        error.ErrorMessage.ShouldContain("CVE-2021-25742");
    }

    [Fact]
    public void TheIngressValidatorFollowsTheAllowedPrefixesAndTheEditedObjectOfItsContext()
    {
        var draft = ValidDrafts.Ingress();
        draft.Annotations.Add(new KeyValueDraft { Key = Nginx + "mirror-target", Value = "https://mirror.example.com$request_uri" });
        draft.Annotations.Add(new KeyValueDraft { Key = Nginx + "server-snippet", Value = "return 404;" });
        var context = ValidDrafts.Cluster with
        {
            Annotations = new AnnotationPolicy([Nginx + "mirror-"]),
            ExistingAnnotations = new Dictionary<string, string> { [Nginx + "server-snippet"] = "return 404;" },
        };

        new IngressDraftValidator(context).Validate(draft).Errors.ShouldBeEmpty();
    }
}
