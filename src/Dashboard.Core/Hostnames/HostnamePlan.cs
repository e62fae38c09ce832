using Dashboard.Core.Support;

namespace Dashboard.Core.Hostnames;

/// <summary>Where an ingress's generated hostname stands, as the page and the API report it.</summary>
public enum HostnameOutcome
{
    /// <summary>No rule asks for a generated name: every host is the user's own.</summary>
    NotRequested,

    /// <summary>The rules already carry the name for the current address.</summary>
    UpToDate,

    /// <summary>The rules get the name: the first time, after the address changed, or after the domain setting did.</summary>
    Generated,

    /// <summary>Asked for, but the load balancer has published no address yet: it completes when one appears.</summary>
    WaitingForAddress,

    /// <summary>The load balancer exposes only DNS names (AWS ALB/ELB): create a CNAME instead.</summary>
    DnsNameOnly,

    /// <summary>The name would not be a DNS name (a label over 63 or the whole over 253 characters).</summary>
    Invalid,

    /// <summary>Routes only: the hostname of every listener the route attaches to rules the generated name out.</summary>
    ListenerMismatch,
}

/// <summary>An ingress as the hostname rules see it (docs/decisions/0006 and 0007).</summary>
/// <param name="RuleHosts">Each rule's host in order; null or empty for a rule without one.</param>
/// <param name="GeneratedHosts">The hosts the dashboard wrote earlier (remembered on the object).</param>
/// <param name="Requested">The ingress carries the request annotation: its rules without a host want a name too.</param>
/// <param name="OneClick">A person pressed "Generate hostname": rules without a host want a name.</param>
public sealed record HostnameInput(
    string IngressName,
    string Namespace,
    string Domain,
    IReadOnlyList<LoadBalancerAddress> Addresses,
    IReadOnlyList<string?> RuleHosts,
    IReadOnlyCollection<string> GeneratedHosts,
    bool Requested = false,
    bool OneClick = false)
{
    /// <summary>What the first part of the name is, as an error names it: "ingress" or "route".</summary>
    public string Kind { get; init; } = "ingress";
}

/// <summary>What the hosts should become. Applying it to an ingress already in that state changes nothing.</summary>
/// <param name="RuleHosts">The new host of each rule, same order and count as the input's.</param>
/// <param name="GeneratedHosts">What to remember as generated after this (written back on the object).</param>
/// <param name="KeepRequest">
/// Whether the request annotation stays: set until a name is generated (a click on a rule without a host sets it
/// while there is no address yet), dropped once the name is written, since the remembered hosts take over.
/// </param>
/// <param name="Hostname">The generated name, when there is an address to make one from.</param>
/// <param name="CnameTargets">With <see cref="HostnameOutcome.DnsNameOnly"/>: the load balancer's DNS names.</param>
/// <param name="Error">With <see cref="HostnameOutcome.Invalid"/>: which part is too long and what to do.</param>
public sealed record HostnamePlan(
    HostnameOutcome Outcome,
    IReadOnlyList<string?> RuleHosts,
    IReadOnlyList<string> GeneratedHosts,
    bool KeepRequest,
    string? Hostname,
    IReadOnlyList<string> CnameTargets,
    string? Error,
    IReadOnlySet<string> ReplacedHosts)
{
    /// <summary>A TLS section that listed an old generated name (or the placeholder) lists the new one.</summary>
    public string MapTlsHost(string host) =>
        Hostname is not null && ReplacedHosts.Contains(host) ? Hostname : host;
}
