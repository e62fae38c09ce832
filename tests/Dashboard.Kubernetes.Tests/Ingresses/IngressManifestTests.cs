using Dashboard.Core.Drafts;
using Dashboard.Core.Ingresses;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Ingresses;

namespace Dashboard.Kubernetes.Tests.Ingresses;

/// <summary>Each shape of Ingress the wizard offers becomes exactly the object a person would write by hand.</summary>
public class IngressManifestTests
{
    private static IngressRuleDraft Rule(HostChoice choice, string? host = null, string port = "80") => new()
    {
        HostChoice = choice,
        Host = host,
        Paths = [new IngressPathDraft { Path = "/", PathType = "Prefix", ServiceName = "web", ServicePort = port }],
    };

    private static IngressDraft Draft(params IngressRuleDraft[] rules) => new() { Namespace = "shop", Name = "web", Rules = [.. rules] };

    [Fact]
    public void AGeneratedHostIsTheDomainAsPlaceholderAndIsMarkedForTheHostnameFlow()
    {
        var ingress = IngressManifest.From(Draft(Rule(HostChoice.Generate)), "sslip.io");

        ingress.Spec.Rules.ShouldHaveSingleItem().Host.ShouldBe("sslip.io");
        ingress.Metadata.Annotations[IngressManifest.HostnameAnnotation].ShouldBe("generate");
        ManifestYaml.ToYaml(ingress).ShouldContain("host: sslip.io");
        ManifestYaml.ToYaml(ingress).ShouldContain("dashboard.io/hostname: generate");
    }

    [Fact]
    public void ACustomHostIsKeptWithItsPathsAndBackend()
    {
        var ingress = IngressManifest.From(Draft(Rule(HostChoice.Custom, "shop.example.com")), "sslip.io");

        var rule = ingress.Spec.Rules.ShouldHaveSingleItem();
        rule.Host.ShouldBe("shop.example.com");
        var path = rule.Http.Paths.ShouldHaveSingleItem();
        (path.Path, path.PathType, path.Backend.Service.Name, path.Backend.Service.Port.Number, path.Backend.Service.Port.Name)
            .ShouldBe(("/", "Prefix", "web", (int?)80, (string?)null));
        ingress.Metadata.Annotations.ShouldBeNull();
        ingress.Spec.IngressClassName.ShouldBeNull();
        ingress.Spec.DefaultBackend.ShouldBeNull();
    }

    [Fact]
    public void ANamedServicePortGoesInTheNameField()
    {
        var ingress = IngressManifest.From(Draft(Rule(HostChoice.Custom, "shop.example.com", "http")), "sslip.io");

        var port = ingress.Spec.Rules[0].Http.Paths[0].Backend.Service.Port;
        (port.Name, port.Number).ShouldBe(("http", (int?)null));
    }

    [Fact]
    public void ADefaultBackendRuleBecomesTheSpecsDefaultBackendInsteadOfARule()
    {
        var ingress = IngressManifest.From(Draft(Rule(HostChoice.DefaultBackend)), "sslip.io");

        ingress.Spec.Rules.ShouldBeNull();
        ingress.Spec.DefaultBackend.Service.Name.ShouldBe("web");
        ingress.Spec.DefaultBackend.Service.Port.Number.ShouldBe(80);
        ManifestYaml.ToYaml(ingress).ShouldContain("defaultBackend:");
    }

    [Fact]
    public void TlsClassLabelsAndAnnotationsAreCarriedOver()
    {
        var draft = Draft(Rule(HostChoice.Custom, "shop.example.com"));
        draft.ClassName = "nginx";
        draft.Tls = [new IngressTlsDraft { Hosts = ["shop.example.com"], SecretName = "shop-tls" }];
        draft.Labels = [new KeyValueDraft { Key = "team", Value = "shop" }];
        draft.Annotations = [new KeyValueDraft { Key = "cert-manager.io/cluster-issuer", Value = "letsencrypt" }];

        var ingress = IngressManifest.From(draft, "sslip.io");

        ingress.Spec.IngressClassName.ShouldBe("nginx");
        var tls = ingress.Spec.Tls.ShouldHaveSingleItem();
        (tls.SecretName, tls.Hosts.ShouldHaveSingleItem()).ShouldBe(("shop-tls", "shop.example.com"));
        ingress.Metadata.Labels.ShouldBe(new Dictionary<string, string> { ["team"] = "shop" });
        ingress.Metadata.Annotations.ShouldBe(new Dictionary<string, string> { ["cert-manager.io/cluster-issuer"] = "letsencrypt" });
        var yaml = ManifestYaml.ToYaml(ingress);
        yaml.ShouldContain("apiVersion: networking.k8s.io/v1");
        yaml.ShouldContain("kind: Ingress");
        yaml.ShouldContain("ingressClassName: nginx");
        yaml.ShouldContain("secretName: shop-tls");
        yaml.ShouldContain("pathType: Prefix");
    }
}
