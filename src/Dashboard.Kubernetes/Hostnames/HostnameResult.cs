using Dashboard.Core.Hostnames;

namespace Dashboard.Kubernetes.Hostnames;

/// <summary>What "Generate hostname" (or the reconciler) did, with a sentence for the person who asked.</summary>
/// <param name="Changed">The ingress was written (hosts, TLS or the annotations).</param>
public sealed record HostnameResult(
    HostnameOutcome Outcome,
    string? Hostname,
    IReadOnlyList<string> CnameTargets,
    bool Changed,
    string Message)
{
    public static HostnameResult From(HostnamePlan plan, bool changed, string ns, string name) => new(
        plan.Outcome, plan.Hostname, plan.CnameTargets, changed, Describe(plan, ns, name));

    /// <summary>The same for an HTTPRoute: its parent Gateway's address takes the load balancer's place.</summary>
    public static HostnameResult ForRoute(HostnamePlan plan, bool changed, string ns, string name) => new(
        plan.Outcome, plan.Hostname, plan.CnameTargets, changed, DescribeRoute(plan, ns, name));

    /// <summary>The CNAME record to create for a load balancer that has only a DNS name (Rancher's wording).</summary>
    public static string CnameRecord(string target) => CnameRecord("your.domain", target);

    /// <summary>The CNAME record that points <paramref name="host"/> at the load balancer's DNS name.</summary>
    public static string CnameRecord(string host, string target) => $"{host.TrimEnd('.')}. CNAME {target.TrimEnd('.')}.";

    /// <summary>
    /// One record per host the user chose and per target; the placeholder <c>your.domain.</c> only when the
    /// ingress has no host of the user's own yet.
    /// </summary>
    public static IReadOnlyList<string> CnameRecords(IReadOnlyList<string> ownHosts, IReadOnlyList<string> targets) =>
        ownHosts.Count == 0
            ? targets.Select(CnameRecord).ToList()
            : ownHosts.SelectMany(host => targets.Select(target => CnameRecord(host, target))).ToList();

    private static string Describe(HostnamePlan plan, string ns, string name) => plan.Outcome switch
    {
        HostnameOutcome.Generated => $"Ingress {ns}/{name} answers at {plan.Hostname}.",
        HostnameOutcome.UpToDate => $"Ingress {ns}/{name} already has its generated hostname {plan.Hostname}.",
        HostnameOutcome.WaitingForAddress =>
            $"Ingress {ns}/{name} has no address yet: its hostname is filled in as soon as the load balancer publishes one.",
        HostnameOutcome.DnsNameOnly =>
            $"The load balancer of {ns}/{name} exposes only a DNS name, so no hostname was generated. Create this record instead: {string.Join(" and ", plan.CnameTargets.Select(CnameRecord))}",
        HostnameOutcome.Invalid => plan.Error!,
        _ => $"Every rule of {ns}/{name} has a host of its own; the dashboard never rewrites a host you chose. Add a rule without a host to generate one.",
    };

    private static string DescribeRoute(HostnamePlan plan, string ns, string name) => plan.Outcome switch
    {
        HostnameOutcome.Generated => $"HTTPRoute {ns}/{name} answers at {plan.Hostname}.",
        HostnameOutcome.UpToDate => $"HTTPRoute {ns}/{name} already has its generated hostname {plan.Hostname}.",
        HostnameOutcome.WaitingForAddress =>
            $"The Gateway of HTTPRoute {ns}/{name} has no address yet: the hostname is filled in as soon as its controller publishes one.",
        HostnameOutcome.DnsNameOnly =>
            $"The Gateway of {ns}/{name} exposes only a DNS name, so no hostname was generated. Create this record instead: {string.Join(" and ", plan.CnameTargets.Select(CnameRecord))}",
        HostnameOutcome.Invalid or HostnameOutcome.ListenerMismatch => plan.Error!,
        _ => $"HTTPRoute {ns}/{name} has hostnames of its own; the dashboard never rewrites a hostname you chose. To use a generated one, remove the route's hostnames and generate again.",
    };
}
