using Dashboard.Core.Drafts;
using Dashboard.Core.Ingresses;
using Dashboard.Core.PortExposures;
using Dashboard.Core.Services;

namespace Dashboard.Core.Tests.Drafts;

/// <summary>One valid draft of each kind, built fresh for every case, and a context that knows the namespace's Services.</summary>
public static class ValidDrafts
{
    public static DraftValidationContext Cluster { get; } = new(
        NodePortMin: 30000,
        NodePortMax: 32767,
        ServicesByName: new Dictionary<string, IReadOnlyList<ServicePortRef>>
        {
            ["web"] = [new(80, "http"), new(443, "https")],
            ["api"] = [new(8080, null)],
            ["postgres"] = [new(5432, "pg")],
        },
        TakenNodePorts: new HashSet<int> { 30080 },
        ExistingNamespaces: new HashSet<string> { "default", "shop" });

    public static ServiceDraft Service() => new()
    {
        Namespace = "shop",
        Name = "web",
        Type = ServiceKind.ClusterIP,
        Ports = [new() { Name = "http", Port = 80, Protocol = "TCP", TargetPort = "8080" }],
        Selector = [new() { Key = "app", Value = "web" }],
        Labels = [new() { Key = "app.kubernetes.io/name", Value = "web" }],
    };

    public static IngressDraft Ingress() => new()
    {
        Namespace = "shop",
        Name = "shop.web",
        ClassName = "nginx",
        Rules =
        [
            new() { HostChoice = HostChoice.Custom, Host = "shop.example.com", Paths = [Path("/", "web", "http")] },
            new() { HostChoice = HostChoice.Generate, Paths = [Path("/api", "api", "8080")] },
            new() { HostChoice = HostChoice.DefaultBackend, Paths = [Path("/", "web", "80")] },
        ],
        Tls = [new() { Hosts = ["shop.example.com"], SecretName = "shop-example-com-tls" }],
        Labels = [new() { Key = "app", Value = "shop" }],
        Annotations = [new() { Key = "nginx.ingress.kubernetes.io/rewrite-target", Value = "/$1 any text" }],
    };

    public static PortExposureDraft PortExposure() => new()
    {
        Protocol = "TCP",
        ExternalPort = 5432,
        Namespace = "shop",
        ServiceName = "postgres",
        ServicePort = 5432,
    };

    public static IngressPathDraft Path(string path, string service, string port) =>
        new() { Path = path, PathType = "Prefix", ServiceName = service, ServicePort = port };

    public static ServicePortDraft Port(string? name, int port, string protocol = "TCP", int? nodePort = null) =>
        new() { Name = name, Port = port, Protocol = protocol, NodePort = nodePort };
}
