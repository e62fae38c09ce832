using Dashboard.Core.Drafts;
using Dashboard.Core.GatewayMigration;
using Dashboard.Core.Ingresses;

namespace Dashboard.Core.Tests.GatewayMigration;

/// <summary>Ingresses as IngressDraftReader reads them, and requests to move them.</summary>
public static class MigrationInputs
{
    public const string Host = "shop.example.com";

    public static IngressPathDraft Path(string path, string service, string port = "80", string type = "Prefix") =>
        new() { Path = path, PathType = type, ServiceName = service, ServicePort = port };

    public static IngressRuleDraft Rule(string host, params IngressPathDraft[] paths) =>
        new() { HostChoice = HostChoice.Custom, Host = host, Paths = [.. paths] };

    public static IngressRuleDraft Generated(params IngressPathDraft[] paths) => new() { HostChoice = HostChoice.Generate, Paths = [.. paths] };

    public static IngressRuleDraft DefaultBackend(string service, string port = "80") =>
        new() { HostChoice = HostChoice.DefaultBackend, Paths = [Path("/", service, port)] };

    /// <summary>shop in web: one host, <c>/api</c> to api:8080.</summary>
    public static IngressDraft Shop(params (string Key, string Value)[] annotations) =>
        Ingress("shop", [Rule(Host, Path("/api", "api", "8080"))], annotations);

    public static IngressDraft Ingress(string name, List<IngressRuleDraft> rules, params (string Key, string Value)[] annotations) => new()
    {
        Namespace = "web",
        Name = name,
        ClassName = "nginx",
        Rules = rules,
        Annotations = annotations.Select(a => new KeyValueDraft { Key = a.Key, Value = a.Value }).ToList(),
    };

    public static IngressDraft WithTls(this IngressDraft ingress, string secret, params string[] hosts)
    {
        ingress.Tls.Add(new IngressTlsDraft { SecretName = secret, Hosts = [.. hosts] });
        return ingress;
    }

    public static GatewayMigrationRequest Request(IngressDraft ingress) => new() { Ingress = ingress, GatewayClassName = "eg" };

    public static GatewayMigrationPlan Plan(IngressDraft ingress) => GatewayMigrator.Plan(Request(ingress));

    public static string Nginx(string name) => "nginx.ingress.kubernetes.io/" + name;
}
