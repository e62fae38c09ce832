using Dashboard.Core.Gateways;

namespace Dashboard.Core.GatewayMigration;

/// <summary>Which listener takes a host group's requests, as Gateway API matches a route's hostnames to a listener's.</summary>
internal static class ListenerChoice
{
    /// <summary>How well <paramref name="hostname"/> (a listener's or a TLS entry's) takes the group: 0 not at all, 1 any host, 2 a wildcard, 3 exactly.</summary>
    public static int Fit(string? hostname, HostGroup group, string hostnameDomain)
    {
        if (string.IsNullOrWhiteSpace(hostname))
            return 1;
        var name = hostname.Trim().ToLowerInvariant();
        switch (group.Kind)
        {
            case HostGroupKind.Custom:
                if (string.Equals(name, group.Host, StringComparison.OrdinalIgnoreCase))
                    return 3;
                return ListenerHostnames.Intersect(name, group.Host!) ? 2 : 0;
            case HostGroupKind.Generate:
                // The generated name has several labels below the domain, so only a wildcard at or above the domain takes it.
                var domain = "." + hostnameDomain.Trim().TrimEnd('.').ToLowerInvariant();
                return name.StartsWith("*.", StringComparison.Ordinal) && domain.EndsWith(name[1..], StringComparison.Ordinal) ? 2 : 0;
            default:
                return 0;
        }
    }

    /// <summary>The listener of <paramref name="protocol"/> that fits best: exact before wildcard before any host, the usual port first.</summary>
    public static GatewayListenerDraft? Best(IEnumerable<GatewayListenerDraft> listeners, string protocol, int usualPort, HostGroup group, string hostnameDomain) =>
        listeners
            .Where(l => string.Equals(l.Protocol, protocol, StringComparison.OrdinalIgnoreCase))
            .Select(l => (Listener: l, Fit: Fit(l.Hostname, group, hostnameDomain)))
            .Where(x => x.Fit > 0)
            .OrderByDescending(x => x.Fit)
            .ThenBy(x => x.Listener.Port == usualPort ? 0 : 1)
            .Select(x => x.Listener)
            .FirstOrDefault();
}
