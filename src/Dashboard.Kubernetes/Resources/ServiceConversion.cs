using System.Collections.Frozen;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Caching;
using k8s.Models;

namespace Dashboard.Kubernetes.Resources;

/// <summary>A Service as the lists and the cluster facts show it.</summary>
internal static class ServiceConversion
{
    public static ServiceEntry ToEntry(V1Service service)
    {
        var ns = service.Namespace() ?? "";
        var name = service.Name();
        var type = service.Spec?.Type ?? "ClusterIP";
        var addresses = (service.Status?.LoadBalancer?.Ingress ?? [])
            .Select(a => new LoadBalancerAddress(a.Ip, a.Hostname)).ToArray();
        var info = new ServiceInfo(
            ns, name, type, service.Spec?.ClusterIP, addresses,
            (service.Spec?.Ports ?? []).Select(ToInfo).ToArray(),
            service.Spec?.Selector?.ToFrozenDictionary(StringComparer.Ordinal) ?? FrozenDictionary<string, string>.Empty,
            Timestamps.Created(service.Metadata));
        var search = SearchText.Of([name, ns, type, .. SearchText.Of(addresses)]);
        var loadBalancer = type == "LoadBalancer" ? new AddressedObject(ns, name, service.Spec?.LoadBalancerClass, addresses) : null;
        return new ServiceEntry(info, search, loadBalancer);
    }

    private static ServicePortInfo ToInfo(V1ServicePort port) =>
        new(port.Name, port.Port, port.Protocol ?? "TCP", port.TargetPort?.Value, port.NodePort);
}

internal static class Timestamps
{
    /// <summary>KubernetesClient parses timestamps as UTC; say so explicitly so the offset is never the local one.</summary>
    public static DateTimeOffset? Created(V1ObjectMeta? metadata) =>
        metadata?.CreationTimestamp is { } created ? new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)) : null;
}
