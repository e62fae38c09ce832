using Dashboard.Core.Hostnames;
using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Routes;
using Dashboard.Kubernetes.Routes.Models;
using k8s;

namespace Dashboard.Kubernetes.Hostnames;

/// <summary>
/// The hostname rules on an HTTPRoute (docs/decisions/0018): its <c>spec.hostnames</c> take the place of an ingress's
/// rule hosts, its parent Gateway's addresses the load balancer's, and the listeners it attaches to may rule the
/// generated name out. The same annotations as on an ingress remember what the dashboard generated, so the live path
/// (the one-click) and the cached path (the reconciler, the page) decide alike.
/// </summary>
internal static class RouteHostnames
{
    /// <summary>The route carries the request annotation: it wants a generated name.</summary>
    public static bool Requested(IReadOnlyDictionary<string, string> annotations) =>
        annotations.TryGetValue(IngressManifest.HostnameAnnotation, out var value)
        && string.Equals(value, IngressManifest.HostnameGenerate, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The planner's input. The name is made from the first parent Gateway (in parentRef order) that has an address: a
    /// route attached to several Gateways gets one name, as an ingress behind several load balancers does.
    /// </summary>
    /// <param name="gateway">Looks a parent Gateway up by namespace and name; null when it does not exist.</param>
    public static RouteHostnameInput InputOf(
        RouteInfo route, bool requested, Func<string, string, GatewayEntry?> gateway, string domain, bool oneClick)
    {
        var parents = route.Parents
            .Select(p => (Parent: p, Gateway: gateway(p.GatewayNamespace, p.GatewayName)))
            .Where(p => p.Gateway is not null)
            .ToList();
        var addresses = parents.Select(p => p.Gateway!.Info.Addresses).FirstOrDefault(a => a.Count > 0) ?? [];
        var listeners = parents
            .SelectMany(p => p.Gateway!.Listeners
                .Where(l => (p.Parent.SectionName is null || l.Name == p.Parent.SectionName)
                            && (p.Parent.Port is null || l.Port == p.Parent.Port)
                            && l.Protocol is "HTTP" or "HTTPS")
                .Select(l => new RouteListener(p.Gateway.Info.Name, l.Name, l.Hostname)))
            .Distinct()
            .ToList();
        return new RouteHostnameInput(route.Name, route.Namespace, domain, addresses, route.Hostnames, route.GeneratedHostnames.ToHashSet(StringComparer.OrdinalIgnoreCase),
            listeners, requested, oneClick);
    }

    /// <summary>The input for a cached route, its parent Gateways looked up in the same cache.</summary>
    public static RouteHostnameInput InputOf(ClusterCache cache, RouteEntry route, string domain) =>
        InputOf(route.Info, Requested(route.Annotations), (ns, name) => cache.Gateways.Items.GetValueOrDefault(new ObjectKey(ns, name)), domain, oneClick: false);

    /// <summary>Whether <see cref="Apply"/> would change a route in this state: the reconciler's test on cached objects.</summary>
    public static bool WouldChange(RouteInfo route, bool requested, HostnamePlan plan) =>
        !plan.RuleHosts.OfType<string>().SequenceEqual(route.Hostnames, StringComparer.Ordinal)
        || !plan.GeneratedHosts.ToHashSet(StringComparer.Ordinal).SetEquals(route.GeneratedHostnames)
        || plan.KeepRequest != requested;

    /// <summary>Writes the plan into the object: <c>spec.hostnames</c> and the two annotations. True when anything changed.</summary>
    public static bool Apply(V1HttpRoute route, HostnamePlan plan)
    {
        var changed = false;
        var hosts = plan.RuleHosts.OfType<string>().ToList();
        var current = route.Spec?.Hostnames ?? [];
        if (!hosts.SequenceEqual(current, StringComparer.Ordinal))
        {
            route.Spec ??= new V1HttpRouteSpec();
            route.Spec.Hostnames = hosts.Count == 0 ? null : hosts;
            changed = true;
        }
        changed |= HostnameAnnotations.Set(route, IngressManifest.GeneratedHostsAnnotation, plan.GeneratedHosts.Count == 0 ? null : string.Join(',', plan.GeneratedHosts));
        changed |= HostnameAnnotations.Set(route, IngressManifest.HostnameAnnotation, plan.KeepRequest ? IngressManifest.HostnameGenerate : null);
        return changed;
    }
}
