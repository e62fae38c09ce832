using Dashboard.Core.Drafts;

namespace Dashboard.Core.Gateways;

/// <summary>One <c>spec.listeners[]</c> entry. The wizard offers HTTP and HTTPS; the API also takes TLS, TCP and UDP.</summary>
public sealed class GatewayListenerDraft
{
    /// <summary>A DNS-1123 label, unique in the Gateway: routes name it as their parentRef's <c>sectionName</c>.</summary>
    public string Name { get; set; } = "http";

    /// <summary>HTTP, HTTPS, TLS, TCP or UDP.</summary>
    public string Protocol { get; set; } = ListenerProtocols.Http;

    public int Port { get; set; } = 80;

    /// <summary>Null: any host. A hostname (a leading <c>*.</c> wildcard allowed) limits the routes that attach.</summary>
    public string? Hostname { get; set; }

    /// <summary>HTTPS (and TLS in Terminate mode) only.</summary>
    public CertificateSource CertificateSource { get; set; } = CertificateSource.ExistingSecret;

    /// <summary>HTTPS: the kubernetes.io/tls Secret of the Gateway's namespace, existing or the one cert-manager will write.</summary>
    public string? CertificateSecretName { get; set; }

    /// <summary>Which namespaces' routes may attach (<c>allowedRoutes.namespaces.from</c>).</summary>
    public RouteNamespaces AllowedRoutes { get; set; } = RouteNamespaces.Same;

    /// <summary><see cref="RouteNamespaces.Selector"/> only: namespace labels that must all match.</summary>
    public List<KeyValueDraft> AllowedNamespaceLabels { get; set; } = [];
}

public enum CertificateSource
{
    ExistingSecret,
    CertManager,
}

/// <summary>The values of <c>allowedRoutes.namespaces.from</c>.</summary>
public enum RouteNamespaces
{
    Same,
    All,
    Selector,
}

public static class ListenerProtocols
{
    public const string Http = "HTTP";
    public const string Https = "HTTPS";
    public const string Tls = "TLS";
    public const string Tcp = "TCP";
    public const string Udp = "UDP";

    public static IReadOnlyList<string> All { get; } = [Http, Https, Tls, Tcp, Udp];
}
