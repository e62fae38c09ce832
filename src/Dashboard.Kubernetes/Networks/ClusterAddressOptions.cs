namespace Dashboard.Kubernetes.Networks;

/// <summary>
/// <c>Dashboard:Clusters</c>: which addresses a cluster's API server may have (docs/decisions/0012). A public address is
/// always allowed (a managed cluster's endpoint is public); a private, loopback or other special-purpose one only when
/// <see cref="AllowedNetworks"/> lists it; <see cref="DeniedNetworks"/> is refused whatever else says. Each list, when
/// set, replaces its default; a blank entry (<c>AllowedNetworks:0=</c>) stands for an empty list. Checked by
/// <see cref="ClusterAddressOptionsValidator"/>.
/// </summary>
public sealed class ClusterAddressOptions
{
    public const string Section = "Dashboard:Clusters";

    /// <summary>The private ranges (RFC 1918, shared address space RFC 6598, unique local IPv6 RFC 4193).</summary>
    public static readonly IReadOnlyList<string> DefaultAllowedNetworks =
        ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7"];

    /// <summary>
    /// "This network", link-local (where the cloud metadata services answer: 169.254.169.254, 169.254.170.2), the
    /// metadata addresses outside it (AWS over IPv6, Alibaba Cloud, Azure's host endpoint), multicast and the
    /// reserved block with the broadcast address.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultDeniedNetworks =
    [
        "0.0.0.0/8", "169.254.0.0/16", "100.100.100.200/32", "168.63.129.16/32", "224.0.0.0/4", "240.0.0.0/4",
        "::/128", "fe80::/10", "fd00:ec2::254/128", "ff00::/8",
    ];

    /// <summary>CIDRs of non-public addresses an API server may have; null: <see cref="DefaultAllowedNetworks"/>.</summary>
    public List<string>? AllowedNetworks { get; set; }

    /// <summary>CIDRs never connected to; null: <see cref="DefaultDeniedNetworks"/>.</summary>
    public List<string>? DeniedNetworks { get; set; }

    public IEnumerable<string> EffectiveAllowedNetworks => Effective(AllowedNetworks, DefaultAllowedNetworks);

    public IEnumerable<string> EffectiveDeniedNetworks => Effective(DeniedNetworks, DefaultDeniedNetworks);

    private static IEnumerable<string> Effective(List<string>? configured, IReadOnlyList<string> defaults) =>
        (configured ?? [.. defaults]).Where(entry => !string.IsNullOrWhiteSpace(entry)).Select(entry => entry.Trim());
}
