using Dashboard.Core.Drafts;
using Dashboard.Core.Gateways;
using Dashboard.Core.Routes;

namespace Dashboard.Core.Tests.Drafts;

/// <summary>A valid Gateway and HTTPRoute, built fresh for every case, and a cluster that knows its GatewayClasses.</summary>
public static class GatewayApiDrafts
{
    public static DraftValidationContext Cluster { get; } = ValidDrafts.Cluster with { GatewayClasses = ["traefik", "eg"] };

    public static GatewayDraft Gateway() => new()
    {
        Namespace = "shop",
        Name = "web",
        ClassName = "traefik",
        Listeners =
        [
            new() { Name = "http", Protocol = "HTTP", Port = 80 },
            new()
            {
                Name = "https", Protocol = "HTTPS", Port = 443, Hostname = "*.shop.example",
                CertificateSource = CertificateSource.ExistingSecret, CertificateSecretName = "shop-example-tls",
                AllowedRoutes = RouteNamespaces.Selector, AllowedNamespaceLabels = [new() { Key = "gateway-access", Value = "web" }],
            },
        ],
        Labels = [new() { Key = "app", Value = "shop" }],
        Annotations = [new() { Key = "example.com/owner", Value = "team shop" }],
    };

    public static HttpRouteDraft Route() => new()
    {
        Namespace = "shop",
        Name = "shop",
        Parents = [new() { GatewayName = "web", ListenerName = "https" }],
        HostChoice = RouteHostChoice.Custom,
        Hostnames = ["www.shop.example"],
        Rules =
        [
            new()
            {
                Matches = [new() { PathType = HttpPathTypes.PathPrefix, Path = "/api", Headers = [new() { Name = "X-Canary", Value = "always" }], Method = "GET" }],
                Backends = [Backend("api", 8080, 90), Backend("web", 80, 10)],
                Rewrite = new() { PathType = "ReplacePrefixMatch", Path = "/" },
                RequestHeaders = new() { Set = [new() { Key = "X-Forwarded-Prefix", Value = "/api" }], Remove = ["X-Debug"] },
                RequestTimeout = "10s",
            },
            new()
            {
                Matches = [new() { PathType = HttpPathTypes.Exact, Path = "/old" }],
                Backends = [],
                Redirect = new() { Scheme = "https", StatusCode = 301 },
            },
        ],
        Labels = [new() { Key = "app", Value = "shop" }],
    };

    public static HttpBackendDraft Backend(string service, int port, int weight = 1) =>
        new() { ServiceName = service, Port = port, Weight = weight };
}
