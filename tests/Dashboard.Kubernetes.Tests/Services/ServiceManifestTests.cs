using Dashboard.Core.Drafts;
using Dashboard.Core.Services;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Services;

namespace Dashboard.Kubernetes.Tests.Services;

/// <summary>Each kind of Service the wizard offers becomes exactly the object a person would write by hand.</summary>
public class ServiceManifestTests
{
    private static ServiceDraft Draft(ServiceKind kind) => new()
    {
        Namespace = "shop",
        Name = "web",
        Type = kind,
        Ports = [new ServicePortDraft { Name = "http", Port = 80, TargetPort = "8080" }],
        Selector = [new KeyValueDraft { Key = "app", Value = "web" }],
        Labels = [new KeyValueDraft { Key = "team", Value = "shop" }],
    };

    [Theory]
    [InlineData(ServiceKind.ClusterIP, "ClusterIP")]
    [InlineData(ServiceKind.NodePort, "NodePort")]
    [InlineData(ServiceKind.LoadBalancer, "LoadBalancer")]
    public void AnOrdinaryKindKeepsItsTypeSelectorLabelsAndPorts(ServiceKind kind, string type)
    {
        var service = ServiceManifest.From(Draft(kind));

        service.Metadata.Name.ShouldBe("web");
        service.Metadata.NamespaceProperty.ShouldBe("shop");
        service.Metadata.Labels.ShouldBe(new Dictionary<string, string> { ["team"] = "shop" });
        service.Spec.Type.ShouldBe(type);
        service.Spec.ClusterIP.ShouldBeNull();
        service.Spec.Selector.ShouldBe(new Dictionary<string, string> { ["app"] = "web" });
        var port = service.Spec.Ports.ShouldHaveSingleItem();
        (port.Name, port.Port, port.Protocol, port.TargetPort.Value, port.NodePort).ShouldBe(("http", 80, "TCP", "8080", (int?)null));
    }

    [Fact]
    public void AHeadlessServiceIsAClusterIpServiceWithoutAClusterIp()
    {
        var service = ServiceManifest.From(Draft(ServiceKind.Headless));

        service.Spec.Type.ShouldBe("ClusterIP");
        service.Spec.ClusterIP.ShouldBe("None");
        ManifestYaml.ToYaml(service).ShouldContain("clusterIP: None");
    }

    [Fact]
    public void AnExternalNameServiceAliasesTheNameAndHasNoSelector()
    {
        var draft = Draft(ServiceKind.ExternalName);
        draft.ExternalName = "db.example.com";

        var service = ServiceManifest.From(draft);

        service.Spec.Type.ShouldBe("ExternalName");
        service.Spec.ExternalName.ShouldBe("db.example.com");
        service.Spec.Selector.ShouldBeNull();
        service.Spec.ClusterIP.ShouldBeNull();
    }

    [Fact]
    public void ANamedTargetPortStaysAStringAndAnEmptyOneIsThePortItself()
    {
        var draft = Draft(ServiceKind.ClusterIP);
        draft.Ports = [new ServicePortDraft { Name = "http", Port = 80, TargetPort = "web" }, new ServicePortDraft { Name = "admin", Port = 9000 }];

        var yaml = ManifestYaml.ToYaml(ServiceManifest.From(draft));

        yaml.ShouldContain("targetPort: web");
        yaml.ShouldContain("targetPort: 9000");
        yaml.ShouldNotContain("targetPort: \"9000\"");
    }

    [Fact]
    public void ANodePortIsSentOnlyWhenAskedForAndOnlyForKindsThatHaveOne()
    {
        var chosen = Draft(ServiceKind.NodePort);
        chosen.Ports[0].NodePort = 30080;
        var clusterIp = Draft(ServiceKind.ClusterIP);
        clusterIp.Ports[0].NodePort = 30080;

        ServiceManifest.From(chosen).Spec.Ports[0].NodePort.ShouldBe(30080);
        ServiceManifest.From(Draft(ServiceKind.NodePort)).Spec.Ports[0].NodePort.ShouldBeNull();
        ServiceManifest.From(clusterIp).Spec.Ports[0].NodePort.ShouldBeNull();
        ManifestYaml.ToYaml(ServiceManifest.From(Draft(ServiceKind.NodePort))).ShouldNotContain("nodePort:", Case.Sensitive);
    }

    [Fact]
    public void TheYamlReadsLikeAServiceManifest()
    {
        var yaml = ManifestYaml.ToYaml(ServiceManifest.From(Draft(ServiceKind.NodePort)));

        yaml.ShouldContain("apiVersion: v1");
        yaml.ShouldContain("kind: Service");
        yaml.ShouldContain("name: web");
        yaml.ShouldContain("namespace: shop");
        yaml.ShouldContain("type: NodePort");
        yaml.ShouldContain("app: web");
        yaml.ShouldContain("team: shop");
        yaml.ShouldContain("port: 80");
        yaml.ShouldContain("targetPort: 8080");
    }
}
