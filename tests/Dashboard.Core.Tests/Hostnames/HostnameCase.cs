using Dashboard.Core.Hostnames;
using Dashboard.Core.Support;

namespace Dashboard.Core.Tests.Hostnames;

/// <summary>One row of the hostname table: an ingress's state in, the hosts and outcome expected out.</summary>
public sealed record HostnameCase(
    string Description,
    string[] Addresses,
    string?[] Hosts,
    string?[] ExpectedHosts,
    HostnameOutcome ExpectedOutcome,
    string Name = "shop",
    string Namespace = "web",
    string Domain = "sslip.io",
    string[]? Generated = null,
    bool OneClick = false,
    bool Requested = false)
{
    /// <summary>"ip:…" and "dns:…" entries become status.loadBalancer.ingress entries; "both:ip,dns" sets both.</summary>
    public HostnameInput Input() => new(Name, Namespace, Domain, Addresses.Select(ToAddress).ToList(), Hosts, Generated ?? [], Requested, OneClick);

    public override string ToString() => Description;

    private static LoadBalancerAddress ToAddress(string entry)
    {
        var (kind, value) = (entry[..entry.IndexOf(':', StringComparison.Ordinal)], entry[(entry.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        return kind switch
        {
            "ip" => new LoadBalancerAddress(value, null),
            "dns" => new LoadBalancerAddress(null, value),
            "both" => new LoadBalancerAddress(value.Split(',')[0], value.Split(',')[1]),
            _ => throw new ArgumentException($"Unknown address kind in '{entry}'."),
        };
    }
}
