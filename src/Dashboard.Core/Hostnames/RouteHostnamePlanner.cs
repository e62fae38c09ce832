using Dashboard.Core.Gateways;
using Dashboard.Core.Support;

namespace Dashboard.Core.Hostnames;

/// <summary>
/// The generated-hostname rules for HTTPRoutes: <c>&lt;route&gt;.&lt;namespace&gt;.&lt;gateway ip&gt;.&lt;domain&gt;</c>, decided by
/// <see cref="HostnamePlanner"/> with the route's hostnames as the rule hosts and the parent Gateway's addresses as
/// the load balancer's. A route without hostnames that asks for one gets one. In addition a listener's own hostname
/// constrains its routes: when no listener the route attaches to takes the generated name, the plan refuses it.
/// </summary>
public static class RouteHostnamePlanner
{
    /// <summary>
    /// The plan; its <see cref="HostnamePlan.RuleHosts"/> are the route's new <c>spec.hostnames</c> (each once, none
    /// empty), so they may be fewer than the input's.
    /// </summary>
    public static HostnamePlan Plan(RouteHostnameInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var domain = input.Domain.Trim().TrimEnd('.').ToLowerInvariant();
        // A route without hostnames is one "rule without a host": it gets the name when one is asked for.
        List<string?> ruleHosts = input.Hostnames.Count == 0 ? [null] : [.. input.Hostnames];
        var plan = HostnamePlanner.Plan(new HostnameInput(input.RouteName, input.Namespace, input.Domain,
            input.GatewayAddresses.Select(Judged).ToList(), ruleHosts, input.GeneratedHosts, input.Requested, input.OneClick) { Kind = "route" });

        if (Refusal(input, plan, domain) is { } refusal)
            return plan with { Outcome = HostnameOutcome.ListenerMismatch, RuleHosts = Cleaned(ruleHosts), Hostname = null, GeneratedHosts = StillGenerated(input), KeepRequest = input.Requested, Error = refusal, ReplacedHosts = new HashSet<string>() };
        return plan with { RuleHosts = Cleaned(plan.RuleHosts) };
    }

    /// <summary>
    /// Some controllers write an FQDN with type IPAddress (and a client cannot rule out the reverse), so an entry is
    /// an IP only when its value parses as one.
    /// </summary>
    private static LoadBalancerAddress Judged(GatewayAddress address) =>
        address.IsIp ? new(address.Value, null) : new(null, address.Value);

    // Refused: only what the route still carries stays remembered as generated, never the name it could not take.
    private static List<string> StillGenerated(RouteHostnameInput input) =>
        input.Hostnames.Where(h => input.GeneratedHosts.Contains(h, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static List<string?> Cleaned(IReadOnlyList<string?> hosts) =>
        hosts.OfType<string>().Where(h => h.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Select(h => (string?)h).ToList();

    private static string? Refusal(RouteHostnameInput input, HostnamePlan plan, string domain)
    {
        var listeners = input.Listeners;
        if (listeners.Count == 0 || listeners.Any(l => string.IsNullOrEmpty(l.Hostname)))
            return null;
        var takes = plan.Outcome switch
        {
            HostnameOutcome.Generated or HostnameOutcome.UpToDate => listeners.Any(l => ListenerHostnames.Intersect(l.Hostname, plan.Hostname!)),
            // Before there is an address the name is known but for its IP: refuse early only what no IP could fix.
            HostnameOutcome.WaitingForAddress => listeners.Any(l => CouldTake(l.Hostname!, input.RouteName, input.Namespace, domain)),
            _ => true,
        };
        return takes ? null : Sentence(listeners, domain);
    }

    // The name will be <route>.<namespace>.<ip>.<domain>: a listener can take it when its hostname is that name for some
    // IP, or a wildcard over a part of it.
    private static bool CouldTake(string listenerHostname, string route, string ns, string domain)
    {
        var prefix = $"{route}.{ns}.".ToLowerInvariant();
        var hostname = listenerHostname.ToLowerInvariant();
        if (!hostname.StartsWith("*.", StringComparison.Ordinal))
            return hostname.StartsWith(prefix, StringComparison.Ordinal) && hostname.EndsWith("." + domain, StringComparison.Ordinal);
        var suffix = hostname[2..];
        return suffix == domain || domain.EndsWith("." + suffix, StringComparison.Ordinal) || suffix.EndsWith("." + domain, StringComparison.Ordinal);
    }

    private static string Sentence(IReadOnlyList<RouteListener> listeners, string domain)
    {
        var accepted = string.Join(", ", listeners.Select(l => l.Hostname).Distinct(StringComparer.OrdinalIgnoreCase));
        var which = listeners.Count == 1
            ? $"The listener {listeners[0].ListenerName} of Gateway {listeners[0].GatewayName} accepts only {accepted}"
            : $"The listeners this route attaches to ({string.Join(", ", listeners.Select(l => $"{l.ListenerName} of Gateway {l.GatewayName}"))}) accept only {accepted}";
        return $"{which}: a generated name under {domain} cannot attach. Add your own hostname, or a listener without one.";
    }
}
