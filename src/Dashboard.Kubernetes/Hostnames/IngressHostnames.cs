using Dashboard.Core.Hostnames;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Ingresses;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Hostnames;

/// <summary>
/// The hostname rules on a live <see cref="V1Ingress"/>: which hosts the dashboard generated is remembered on the
/// object itself (an annotation), so it survives restarts and is shared by every dashboard replica.
/// </summary>
public static class IngressHostnames
{
    public static HostnameState StateOf(V1Ingress ingress)
    {
        var generated = ingress.GetAnnotation(IngressManifest.GeneratedHostsAnnotation) ?? "";
        return new HostnameState(
            (ingress.Spec?.Rules ?? []).Select(r => string.IsNullOrEmpty(r.Host) ? null : r.Host).ToList(),
            generated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            string.Equals(ingress.GetAnnotation(IngressManifest.HostnameAnnotation), IngressManifest.HostnameGenerate, StringComparison.OrdinalIgnoreCase));
    }

    public static HostnameInput InputOf(string name, string ns, IReadOnlyList<LoadBalancerAddress> addresses, HostnameState state, string domain, bool oneClick) =>
        new(name, ns, domain, addresses, state.RuleHosts, state.GeneratedHosts, state.Requested, oneClick);

    public static HostnamePlan Plan(V1Ingress ingress, string domain, bool oneClick)
    {
        var addresses = (ingress.Status?.LoadBalancer?.Ingress ?? []).Select(a => new LoadBalancerAddress(a.Ip, a.Hostname)).ToList();
        return HostnamePlanner.Plan(InputOf(ingress.Name(), ingress.Namespace(), addresses, StateOf(ingress), domain, oneClick));
    }

    /// <summary>Whether <see cref="Apply"/> would change an ingress in this state: the reconciler's test on cached objects.</summary>
    public static bool WouldChange(HostnameState state, IReadOnlyList<string> tlsHosts, HostnamePlan plan) =>
        !plan.RuleHosts.Select(h => h ?? "").SequenceEqual(state.RuleHosts.Select(h => h ?? ""), StringComparer.Ordinal)
        || !plan.GeneratedHosts.ToHashSet(StringComparer.Ordinal).SetEquals(state.GeneratedHosts)
        || plan.KeepRequest != state.Requested
        || tlsHosts.Any(h => !string.Equals(plan.MapTlsHost(h), h, StringComparison.Ordinal));

    /// <summary>Writes the plan into the object: rule hosts, TLS hosts, the two annotations. True when anything changed.</summary>
    public static bool Apply(V1Ingress ingress, HostnamePlan plan)
    {
        var changed = false;
        var rules = ingress.Spec?.Rules ?? [];
        for (var i = 0; i < rules.Count; i++)
        {
            if (!string.Equals(rules[i].Host ?? "", plan.RuleHosts[i] ?? "", StringComparison.Ordinal))
            {
                rules[i].Host = plan.RuleHosts[i];
                changed = true;
            }
        }
        foreach (var tls in ingress.Spec?.Tls ?? [])
        {
            var hosts = tls.Hosts?.Select(plan.MapTlsHost).Distinct(StringComparer.Ordinal).ToList();
            if (hosts is not null && !hosts.SequenceEqual(tls.Hosts!, StringComparer.Ordinal))
            {
                tls.Hosts = hosts;
                changed = true;
            }
        }
        changed |= HostnameAnnotations.Set(ingress, IngressManifest.GeneratedHostsAnnotation, plan.GeneratedHosts.Count == 0 ? null : string.Join(',', plan.GeneratedHosts));
        changed |= HostnameAnnotations.Set(ingress, IngressManifest.HostnameAnnotation, plan.KeepRequest ? IngressManifest.HostnameGenerate : null);
        return changed;
    }
}
