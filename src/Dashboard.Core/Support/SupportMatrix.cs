using Dashboard.Core.Providers;

namespace Dashboard.Core.Support;

public enum SupportLevel
{
    Supported,
    Limited,
    NotSupported,
    NotInRancherTable,
}

/// <summary>How an L7 load balancer makes itself reachable, which decides the hostname story.</summary>
public enum IngressExposure
{
    Unknown,
    DnsName,
    SingleIp,
    NodeIps,
    None,
}

public sealed record LayerSupport(SupportLevel Level, string Text);

/// <summary>
/// One row of the Rancher 2.0–2.4 table: what the platform promises. <paramref name="LoadBalancerGets"/> is that
/// promise for a LoadBalancer Service in plain words, null where the platform gives none.
/// </summary>
public sealed record SupportRow(
    ProviderKind Kind, LayerSupport Layer4, LayerSupport Layer7, IngressExposure Exposure, string? RancherReported, string? LoadBalancerGets = null);

/// <summary>The support table of the Rancher v2.0–v2.4 documentation, both layers, all rows.</summary>
public static class SupportMatrix
{
    public const string ConfigMapFootnote =
        "Services can be exposed through a single globally managed config-map: ingress-nginx's tcp-services / udp-services " +
        "ConfigMaps (namespace ingress-nginx on RKE), one key per external port: \"<port>\": \"<namespace>/<service>:<service port>\". " +
        "Ports are cluster-wide, first come first served.";

    /// <summary>What the asterisk of the table's "Limited" cells points at; null for a cell without one.</summary>
    public static string? FootnoteFor(LayerSupport support) => support.Text.EndsWith('*') ? ConfigMapFootnote : null;

    private static readonly LayerSupport LimitedL4 = new(SupportLevel.Limited, "Limited: NGINX or third-party ingress*");
    private static readonly LayerSupport NginxL7 = new(SupportLevel.Supported, "Nginx Ingress Controller");

    public static IReadOnlyList<SupportRow> Rows { get; } =
    [
        new(ProviderKind.AmazonEks, new(SupportLevel.Supported, "Supported by AWS cloud provider"),
            new(SupportLevel.Supported, "Supported by AWS cloud provider"), IngressExposure.DnsName, "ELB (TCP)",
            "a DNS name of an AWS Elastic Load Balancer (TCP) from the AWS cloud provider"),
        new(ProviderKind.GoogleGke, new(SupportLevel.Supported, "Supported by GCE cloud provider"),
            new(SupportLevel.Supported, "Supported by GKE cloud provider"), IngressExposure.SingleIp,
            "GCLB (TCP, UDP); GCLB ingress only if HTTP load balancing is enabled",
            "an IP of a Google Cloud load balancer (TCP, UDP) from the GCE cloud provider"),
        new(ProviderKind.AzureAks, new(SupportLevel.Supported, "Supported by Azure cloud provider"),
            new(SupportLevel.NotSupported, "Not supported"), IngressExposure.None, "Azure L4 LB (TCP, UDP)",
            "an IP of an Azure load balancer (TCP, UDP) from the Azure cloud provider"),
        new(ProviderKind.RkeEc2, new(SupportLevel.Supported, "Supported by AWS cloud provider"), NginxL7, IngressExposure.NodeIps,
            "ELB (TCP) with the AWS cloud provider",
            "a DNS name of an AWS Elastic Load Balancer (TCP) from the AWS cloud provider"),
        new(ProviderKind.RkeDigitalOcean, LimitedL4, NginxL7, IngressExposure.NodeIps, null),
        new(ProviderKind.RkeVsphere, LimitedL4, NginxL7, IngressExposure.NodeIps, null),
        new(ProviderKind.RkeCustom, LimitedL4, NginxL7, IngressExposure.NodeIps, null),
        new(ProviderKind.MetalLb, LimitedL4, new(SupportLevel.NotInRancherTable, "Not in the Rancher 2.0–2.4 L7 table"), IngressExposure.Unknown, null),
    ];

    /// <summary>The row for a kind; null for <see cref="ProviderKind.Unknown"/> (no promise to compare with).</summary>
    public static SupportRow? For(ProviderKind kind) => Rows.FirstOrDefault(row => row.Kind == kind);

    /// <summary>The table's hostname facts, in words for the pages.</summary>
    public static string Describe(IngressExposure exposure) => exposure switch
    {
        IngressExposure.DnsName => "exposes a DNS name: map your domain to it with a CNAME record",
        IngressExposure.SingleIp => "exposes one routable IP: an A record, or a generated hostname",
        IngressExposure.NodeIps => "exposes the external IP of every node that runs the controller: A records, or a generated hostname",
        IngressExposure.None => "exposes nothing: no ingress controller",
        _ => "depends on the ingress controller installed",
    };
}
