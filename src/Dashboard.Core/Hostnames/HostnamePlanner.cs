using Dashboard.Core.Support;

namespace Dashboard.Core.Hostnames;

/// <summary>
/// The generated-hostname rules (docs/decisions/0006 and 0007) as one pure function, shared by the one-click action, the
/// background reconciler and the page that explains the state. A rule wants a generated name when its host is
/// exactly the domain (Rancher's placeholder), when its host is one the dashboard generated before, or when it
/// has no host and a generated name was asked for. Every other host is the user's and is never touched.
/// </summary>
public static class HostnamePlanner
{
    public static HostnamePlan Plan(HostnameInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var domain = input.Domain.Trim().TrimEnd('.').ToLowerInvariant();
        var generated = new HashSet<string>(input.GeneratedHosts, StringComparer.OrdinalIgnoreCase);
        var fillEmpty = input.Requested || input.OneClick;
        var wanted = input.RuleHosts.Select(host => string.IsNullOrEmpty(host)
            ? fillEmpty
            : string.Equals(host, domain, StringComparison.OrdinalIgnoreCase) || generated.Contains(host)).ToArray();
        var stillGenerated = input.RuleHosts.OfType<string>().Where(generated.Contains).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var waitingEmpty = input.RuleHosts.Where((host, i) => wanted[i] && string.IsNullOrEmpty(host)).Any();

        HostnamePlan Unchanged(HostnameOutcome outcome, bool keepRequest, IReadOnlyList<string>? cnames = null, string? error = null) =>
            new(outcome, input.RuleHosts, stillGenerated, keepRequest, null, cnames ?? [], error, new HashSet<string>());

        if (!wanted.Any(w => w))
            return Unchanged(HostnameOutcome.NotRequested, keepRequest: input.Requested);
        if (input.Addresses.Count == 0)
            return Unchanged(HostnameOutcome.WaitingForAddress, keepRequest: input.Requested || waitingEmpty);

        // The first entry with an IP, in status order; a DNS-name-only load balancer gets a CNAME, not a name.
        var ipLabel = input.Addresses.Select(a => SslipAddress.Format(a.Ip)).FirstOrDefault(label => label is not null);
        if (ipLabel is null)
        {
            var cnames = input.Addresses.Select(a => a.Hostname).OfType<string>().Where(h => h.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return Unchanged(HostnameOutcome.DnsNameOnly, keepRequest: input.Requested, cnames);
        }

        var (host, error) = GeneratedHostname.Compose(input.IngressName, input.Namespace, ipLabel, domain, input.Kind);
        if (host is null)
            return Unchanged(HostnameOutcome.Invalid, keepRequest: input.Requested, error: error);

        var ruleHosts = input.RuleHosts.Select((old, i) => wanted[i] ? host : old).ToList();
        var replaced = new HashSet<string>(generated, StringComparer.OrdinalIgnoreCase) { domain };
        replaced.Remove(host);
        var changed = !ruleHosts.SequenceEqual(input.RuleHosts, StringComparer.Ordinal);
        return new HostnamePlan(changed ? HostnameOutcome.Generated : HostnameOutcome.UpToDate,
            ruleHosts, [host], KeepRequest: false, host, [], null, replaced);
    }
}
