using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Routes.Models;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Routes;

/// <summary>HTTP, gRPC, TCP, UDP and TLS routes as the caches keep them, converted once on arrival.</summary>
internal static class RouteConversion
{
    public static RouteEntry ToEntry(V1HttpRoute route)
    {
        var ns = route.Namespace() ?? "";
        var rules = (route.Spec?.Rules ?? []).Select(r => RuleText.Of(r, ns)).ToArray();
        var generated = (route.GetAnnotation(IngressManifest.GeneratedHostsAnnotation) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Entry("HTTPRoute", route.Metadata, route.Spec?.ParentRefs, route.Spec?.Hostnames, rules, route.Status, generated);
    }

    public static RouteEntry ToEntry(V1GrpcRoute route)
    {
        var ns = route.Namespace() ?? "";
        var rules = (route.Spec?.Rules ?? []).Select(r => RuleText.Of(r, ns)).ToArray();
        return Entry("GRPCRoute", route.Metadata, route.Spec?.ParentRefs, route.Spec?.Hostnames, rules, route.Status, []);
    }

    /// <summary>A TCP, UDP or TLS route; <paramref name="kind"/> names which (the object's own kind field is not trusted for it).</summary>
    public static RouteEntry ToEntry(V1StreamRoute route, string kind)
    {
        var ns = route.Namespace() ?? "";
        var rules = (route.Spec?.Rules ?? [])
            .Select(r => new RouteRuleInfo(r.Name, [], [], Backends(r.BackendRefs, ns), null)).ToArray();
        return Entry(kind, route.Metadata, route.Spec?.ParentRefs, route.Spec?.Hostnames, rules, route.Status, []);
    }

    internal static IReadOnlyList<RouteBackendInfo> Backends(IEnumerable<V1BackendRef>? refs, string routeNamespace) =>
        (refs ?? []).Select(b => new RouteBackendInfo(
            string.IsNullOrEmpty(b.Kind) ? "Service" : b.Kind,
            string.IsNullOrEmpty(b.Namespace) ? routeNamespace : b.Namespace,
            b.Name, b.Port, b.Weight ?? 1)).ToArray();

    private static RouteEntry Entry(
        string kind, V1ObjectMeta metadata, IList<V1RouteParentReference>? parentRefs, IList<string>? hostnames,
        RouteRuleInfo[] rules, V1RouteStatus? status, IReadOnlyList<string> generated)
    {
        var ns = metadata.NamespaceProperty ?? "";
        var name = metadata.Name ?? "";
        var parents = (parentRefs ?? []).Select(p => new RouteParentInfo(
            string.IsNullOrEmpty(p.Namespace) ? ns : p.Namespace, p.Name, NullIfEmpty(p.SectionName), p.Port, null, null, null, [])).ToArray();
        var backends = rules.SelectMany(r => r.Backends).Distinct().ToArray();
        var hosts = (hostnames ?? []).Where(h => !string.IsNullOrEmpty(h)).Distinct(StringComparer.Ordinal).ToArray();
        var statuses = (status?.Parents ?? []).Select(s => new RouteStatusEntry(
            string.IsNullOrEmpty(s.ParentRef.Namespace) ? ns : s.ParentRef.Namespace,
            s.ParentRef.Name, NullIfEmpty(s.ParentRef.SectionName), s.ParentRef.Port, s.ControllerName,
            ConditionConversion.Observed(s.Conditions))).ToArray();
        var info = new RouteInfo(kind, ns, name, hosts, parents, backends, rules.Length, generated, Timestamps.Created(metadata));
        var search = SearchText.Of([name, ns, .. hosts, .. parents.Select(p => p.GatewayName), .. backends.Select(b => b.Name)]);
        return new RouteEntry(info, search, statuses, rules,
            GatewayConversion.Frozen(metadata.Labels), GatewayConversion.Frozen(metadata.Annotations));
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
