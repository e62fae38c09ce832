using Dashboard.Core.Hostnames;
using Dashboard.Kubernetes.Hostnames;
using Dashboard.Kubernetes.Resources;

namespace Dashboard.Web.Components.Hostnames;

/// <summary>
/// The hostname state of a cached ingress or HTTPRoute, as the page and the list row show it: the same rules the reconciler
/// applies (<see cref="HostnamePlanner"/>), so what the page says is what will happen.
/// </summary>
public sealed record HostnameView(HostnamePlan State, HostnamePlan OnClick, IReadOnlyList<string> OwnHosts)
{
    public static HostnameView Of(IngressInfo ingress, string domain) => new(
        HostnamePlanner.Plan(IngressHostnames.InputOf(ingress.Name, ingress.Namespace, ingress.Addresses, ingress.Hostnames, domain, oneClick: false)),
        HostnamePlanner.Plan(IngressHostnames.InputOf(ingress.Name, ingress.Namespace, ingress.Addresses, ingress.Hostnames, domain, oneClick: true)),
        OwnHostsOf(ingress, domain));

    /// <summary>The state of a cached HTTPRoute; <paramref name="route"/> comes with an empty domain, the configured one is used.</summary>
    public static HostnameView Of(RouteHostnameInput route, string domain) => new(
        RouteHostnamePlanner.Plan(route with { Domain = domain, OneClick = false }),
        RouteHostnamePlanner.Plan(route with { Domain = domain, OneClick = true }),
        OwnHostsOf(route.Hostnames, route.GeneratedHosts, domain))
    {
        DnsTargets = route.GatewayAddresses.Where(a => !a.IsIp).Select(a => a.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
    };

    /// <summary>The Gateway's DNS-name addresses (routes only): what the user's own hostnames need a CNAME record to.</summary>
    public IReadOnlyList<string> DnsTargets { get; init; } = [];

    /// <summary>The CNAME records for the load balancer's DNS names, written with the hosts the user chose.</summary>
    public IReadOnlyList<string> CnameRecords(IReadOnlyList<string> targets) => HostnameResult.CnameRecords(OwnHosts, targets);

    // A host the user typed: not the generated-hostname placeholder (the bare domain), not one the dashboard generated.
    private static List<string> OwnHostsOf(IngressInfo ingress, string domain) =>
        OwnHostsOf(ingress.Hosts, ingress.Hostnames.GeneratedHosts, domain);

    private static List<string> OwnHostsOf(IEnumerable<string> hosts, IEnumerable<string> generated, string domain) => hosts
        .Where(host => !string.Equals(host, domain, StringComparison.OrdinalIgnoreCase)
                       && !host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase)
                       && !generated.Contains(host))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();

    /// <summary>A click would do something the reconciler is not already doing: give a rule without a host a name.</summary>
    /// <remarks>For a route, also: the listeners it attaches to would take the name.</remarks>
    public bool CanGenerate =>
        OnClick.Outcome is HostnameOutcome.Generated or HostnameOutcome.WaitingForAddress
        && State.Outcome is not (HostnameOutcome.Generated or HostnameOutcome.WaitingForAddress);
}
