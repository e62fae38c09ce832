using System.Collections.Frozen;
using Dashboard.Core.GatewayStatus;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Gateways.Models;
using Dashboard.Kubernetes.Resources;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Gateways;

/// <summary>GatewayClasses and Gateways as the caches keep them, converted once on arrival.</summary>
internal static class GatewayConversion
{
    public static GatewayClassInfo ToInfo(V1GatewayClass gatewayClass)
    {
        var conditions = ConditionConversion.Explained(ConditionSubject.GatewayClass, gatewayClass.Status?.Conditions);
        return new GatewayClassInfo(
            gatewayClass.Name(),
            gatewayClass.Spec?.ControllerName ?? "",
            string.IsNullOrWhiteSpace(gatewayClass.Spec?.Description) ? null : gatewayClass.Spec.Description,
            ConditionConversion.StateOf(conditions, "Accepted"),
            conditions,
            Timestamps.Created(gatewayClass.Metadata));
    }

    public static GatewayEntry ToEntry(V1Gateway gateway)
    {
        var ns = gateway.Namespace() ?? "";
        var name = gateway.Name();
        var className = gateway.Spec?.GatewayClassName ?? "";
        var addresses = (gateway.Status?.Addresses ?? [])
            .Where(a => !string.IsNullOrEmpty(a.Value))
            .Select(a => new GatewayAddress(a.Type ?? "IPAddress", a.Value)).ToArray();
        var statuses = (gateway.Status?.Listeners ?? []).GroupBy(l => l.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var listeners = (gateway.Spec?.Listeners ?? [])
            .Select(l => ToInfo(l, statuses.GetValueOrDefault(l.Name), ns)).ToArray();
        var conditions = ConditionConversion.Explained(ConditionSubject.Gateway, gateway.Status?.Conditions);
        var info = new GatewayInfo(
            ns, name, className, addresses, listeners.Length,
            ConditionConversion.StateOf(conditions, "Accepted"),
            ConditionConversion.StateOf(conditions, "Programmed"),
            listeners.Sum(l => l.AttachedRoutes ?? 0),
            Timestamps.Created(gateway.Metadata));
        var search = SearchText.Of([name, ns, className, .. addresses.Select(a => a.Value), .. listeners.Select(l => l.Hostname)]);
        return new GatewayEntry(info, search, new GatewayFacts(ns, name, className, addresses), conditions, listeners,
            Frozen(gateway.Metadata.Labels), Frozen(gateway.Metadata.Annotations));
    }

    private static GatewayListenerInfo ToInfo(V1Listener listener, V1ListenerStatus? status, string gatewayNamespace)
    {
        var from = listener.AllowedRoutes?.Namespaces?.From;
        var certificates = (listener.Tls?.CertificateRefs ?? [])
            .Select(c => string.IsNullOrEmpty(c.Namespace) || c.Namespace == gatewayNamespace ? c.Name : $"{c.Namespace}/{c.Name}")
            .ToArray();
        return new GatewayListenerInfo(
            listener.Name,
            listener.Protocol,
            listener.Port,
            string.IsNullOrEmpty(listener.Hostname) ? null : listener.Hostname,
            string.IsNullOrEmpty(from) ? "Same" : from,
            Frozen(listener.AllowedRoutes?.Namespaces?.Selector?.MatchLabels),
            (listener.AllowedRoutes?.Kinds ?? []).Select(k => k.Kind).ToArray(),
            listener.Tls is null ? null : listener.Tls.Mode ?? "Terminate",
            certificates,
            status?.AttachedRoutes,
            ConditionConversion.Explained(ConditionSubject.Listener, status?.Conditions));
    }

    internal static FrozenDictionary<string, string> Frozen(IDictionary<string, string>? values) =>
        values?.ToFrozenDictionary(StringComparer.Ordinal) ?? FrozenDictionary<string, string>.Empty;

}
