using Dashboard.Core.Support;
using Dashboard.Kubernetes.Caching;
using k8s.Models;

namespace Dashboard.Kubernetes.Resources;

/// <summary>An Ingress as the lists and the cluster facts show it.</summary>
internal static class IngressConversion
{
    /// <summary>The class before <c>spec.ingressClassName</c> existed; still written by older charts.</summary>
    public const string ClassAnnotation = "kubernetes.io/ingress.class";

    public static IngressEntry ToEntry(V1Ingress ingress)
    {
        var ns = ingress.Namespace() ?? "";
        var name = ingress.Name();
        var spec = ingress.Spec;
        var className = spec?.IngressClassName ?? ingress.GetAnnotation(ClassAnnotation);
        var rules = spec?.Rules ?? [];
        var hosts = rules.Select(r => r.Host).OfType<string>().Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var addresses = (ingress.Status?.LoadBalancer?.Ingress ?? [])
            .Select(a => new LoadBalancerAddress(a.Ip, a.Hostname)).ToArray();
        var paths = rules
            .SelectMany(rule => (rule.Http?.Paths ?? []).Select(path => ToInfo(rule.Host, path)))
            .ToList();
        if (spec?.DefaultBackend is { } fallback)
            paths.Add(new IngressPathInfo(null, "/", "DefaultBackend", BackendName(fallback), BackendPort(fallback)) { IsResource = IsResource(fallback) });
        var tlsHosts = (spec?.Tls ?? []).SelectMany(t => t.Hosts ?? []).Distinct(StringComparer.Ordinal).ToArray();

        var info = new IngressInfo(ns, name, className, hosts, addresses, paths, tlsHosts, Timestamps.Created(ingress.Metadata),
            Hostnames.IngressHostnames.StateOf(ingress));
        var search = SearchText.Of([name, ns, .. hosts, .. SearchText.Of(addresses)]);
        return new IngressEntry(info, search, new AddressedObject(ns, name, className, addresses));
    }

    private static IngressPathInfo ToInfo(string? host, V1HTTPIngressPath path) =>
        new(string.IsNullOrEmpty(host) ? null : host, path.Path ?? "/", path.PathType ?? "ImplementationSpecific",
            BackendName(path.Backend), BackendPort(path.Backend)) { IsResource = IsResource(path.Backend) };

    private static bool IsResource(V1IngressBackend? backend) => backend?.Service is null && backend?.Resource is not null;

    private static string BackendName(V1IngressBackend? backend) =>
        backend?.Service?.Name ?? backend?.Resource?.Name ?? "";

    private static string? BackendPort(V1IngressBackend? backend) =>
        backend?.Service?.Port is { } port ? port.Name ?? port.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
}
