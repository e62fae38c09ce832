using System.Text.Json;
using Dashboard.Core.Drafts;
using Dashboard.Core.Ingresses;
using Dashboard.Kubernetes.Ingresses;
using k8s.Models;

namespace Dashboard.Kubernetes.Tests.Ingresses;

/// <summary>A live Ingress read back as the wizard's draft: every shape the wizard makes survives the round trip.</summary>
public class IngressDraftMappingTests
{
    private const string Domain = "sslip.io";

    private static IngressPathDraft Path(string path = "/", string type = "Prefix", string service = "web", string port = "80") =>
        new() { Path = path, PathType = type, ServiceName = service, ServicePort = port };

    private static IngressDraft Draft(params IngressRuleDraft[] rules) => new() { Namespace = "shop", Name = "web", Rules = [.. rules] };

    /// <summary>Named drafts, so a failing case says which shape broke.</summary>
    public static TheoryData<string> Shapes => [.. DraftsByShape.Keys];

    private static readonly Dictionary<string, IngressDraft> DraftsByShape = new()
    {
        ["a generated host"] = Draft(new IngressRuleDraft { HostChoice = HostChoice.Generate, Paths = [Path()] }),
        ["a custom host with two paths and a named port"] = Draft(new IngressRuleDraft
        {
            HostChoice = HostChoice.Custom, Host = "shop.example.com",
            Paths = [Path("/api", "Exact", "api", "http"), Path("/", "Prefix", "web", "8080")],
        }),
        ["a wildcard host with an implementation-specific path"] = Draft(new IngressRuleDraft
        {
            HostChoice = HostChoice.Custom, Host = "*.example.com", Paths = [Path("/static", "ImplementationSpecific")],
        }),
        ["a generated host, a custom host and the default backend"] = Draft(
            new IngressRuleDraft { HostChoice = HostChoice.Generate, Paths = [Path()] },
            new IngressRuleDraft { HostChoice = HostChoice.Custom, Host = "shop.example.com", Paths = [Path("/shop")] },
            new IngressRuleDraft { HostChoice = HostChoice.DefaultBackend, Paths = [Path(service: "fallback", port: "http")] }),
        ["class, TLS, labels and annotations"] = new IngressDraft
        {
            Namespace = "shop", Name = "web", ClassName = "nginx",
            Rules = [new IngressRuleDraft { HostChoice = HostChoice.Custom, Host = "shop.example.com", Paths = [Path()] }],
            Tls = [new IngressTlsDraft { Hosts = ["shop.example.com"], SecretName = "shop-tls" }, new IngressTlsDraft { SecretName = "wildcard-tls" }],
            Labels = [new KeyValueDraft { Key = "team", Value = "shop" }, new KeyValueDraft { Key = "tier", Value = "front" }],
            Annotations = [new KeyValueDraft { Key = "cert-manager.io/cluster-issuer", Value = "letsencrypt" }],
        },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ADraftSentAndReadBackIsTheSameDraft(string shape)
    {
        var draft = DraftsByShape[shape];

        var readBack = IngressDraftReader.FromIngress(IngressManifest.From(draft, Domain), Domain);

        JsonSerializer.Serialize(readBack).ShouldBe(JsonSerializer.Serialize(draft));
    }

    private static V1Ingress Live(string host, Dictionary<string, string>? annotations = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = "web", NamespaceProperty = "shop", Annotations = annotations },
        Spec = new V1IngressSpec
        {
            Rules = [new V1IngressRule
            {
                Host = host,
                Http = new V1HTTPIngressRuleValue { Paths = [new V1HTTPIngressPath { Path = "/", PathType = "Prefix", Backend = ServiceBackend() }] },
            }],
        },
    };

    private static V1IngressBackend ServiceBackend() => new() { Service = new V1IngressServiceBackend { Name = "web", Port = new V1ServiceBackendPort { Number = 80 } } };

    [Fact]
    public void AHostListedAsGeneratedIsAGenerateRuleWithoutAHostOfItsOwn()
    {
        var live = Live("web.shop.203.0.113.10.sslip.io", new() { [IngressManifest.GeneratedHostsAnnotation] = "web.shop.203.0.113.10.sslip.io" });

        var rule = IngressDraftReader.FromIngress(live, Domain).Rules.ShouldHaveSingleItem();

        (rule.HostChoice, rule.Host).ShouldBe((HostChoice.Generate, (string?)null));
    }

    [Fact]
    public void AHostThatIsExactlyTheDomainAsksForAGeneratedNameAsInRancher()
    {
        IngressDraftReader.FromIngress(Live("sslip.io"), Domain).Rules.ShouldHaveSingleItem().HostChoice.ShouldBe(HostChoice.Generate);
    }

    [Fact]
    public void TheDashboardsAndKubectlsAnnotationsAreNotShownButTheUsersAre()
    {
        var live = Live("shop.example.com", new()
        {
            [IngressManifest.HostnameAnnotation] = "generate",
            [IngressManifest.GeneratedHostsAnnotation] = "a.sslip.io",
            ["kubectl.kubernetes.io/last-applied-configuration"] = "{}",
            ["nginx.ingress.kubernetes.io/rewrite-target"] = "/",
        });

        var draft = IngressDraftReader.FromIngress(live, Domain);

        draft.Annotations.Select(a => a.Key).ShouldBe(["nginx.ingress.kubernetes.io/rewrite-target"]);
        draft.Rules.ShouldHaveSingleItem().HostChoice.ShouldBe(HostChoice.Custom);
    }

    [Fact]
    public void AResourceBackendIsRefusedWithTheAdviceToUseKubectl()
    {
        var live = Live("shop.example.com");
        live.Spec.Rules[0].Http.Paths[0].Backend = new V1IngressBackend { Resource = new V1TypedLocalObjectReference { Kind = "StorageBucket", Name = "static" } };

        var error = Should.Throw<IngressNotEditableException>(() => IngressDraftReader.FromIngress(live, Domain));

        error.Message.ShouldBe("The Ingress shop/web cannot be edited in the wizard: the path '/' of rule 1 goes to a resource backend, not a Service. " +
                               "Edit its YAML with kubectl instead: kubectl edit ingress web -n shop");
    }

    [Fact]
    public void ARuleWithoutHttpPathsIsRefused()
    {
        var live = Live("shop.example.com");
        live.Spec.Rules.Add(new V1IngressRule { Host = "empty.example.com" });

        Should.Throw<IngressNotEditableException>(() => IngressDraftReader.FromIngress(live, Domain))
            .Reason.ShouldBe("rule 2 (empty.example.com) has no HTTP paths");
    }

    [Fact]
    public void ADefaultBackendThatIsAResourceIsRefused()
    {
        var live = Live("shop.example.com");
        live.Spec.DefaultBackend = new V1IngressBackend { Resource = new V1TypedLocalObjectReference { Kind = "StorageBucket", Name = "static" } };

        Should.Throw<IngressNotEditableException>(() => IngressDraftReader.FromIngress(live, Domain))
            .Reason.ShouldBe("its default backend is a resource, not a Service");
    }
}
