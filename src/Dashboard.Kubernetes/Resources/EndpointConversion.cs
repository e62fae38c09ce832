using System.Collections.Frozen;
using Dashboard.Kubernetes.Caching;
using k8s.Models;

namespace Dashboard.Kubernetes.Resources;

/// <summary>EndpointSlices and pods, reduced to what "which pods back which Service" and the wizard's count need.</summary>
internal static class EndpointConversion
{
    /// <summary>The label the EndpointSlice controllers (and anyone mirroring Endpoints by hand) put on a Service's slices.</summary>
    public const string ServiceNameLabel = "kubernetes.io/service-name";

    public static EndpointSliceEntry ToEntry(V1EndpointSlice slice) => new(
        slice.GetLabel(ServiceNameLabel) ?? "",
        (slice.Endpoints ?? []).Select(ToInfo).ToArray());

    public static PodEntry ToEntry(V1Pod pod) =>
        new(pod.Labels()?.ToFrozenDictionary(StringComparer.Ordinal) ?? FrozenDictionary<string, string>.Empty);

    /// <summary>An absent <c>conditions.ready</c> means ready (discovery.k8s.io/v1 EndpointConditions).</summary>
    private static EndpointInfo ToInfo(V1Endpoint endpoint) => new(
        endpoint.TargetRef is { Kind: "Pod" } target ? target.Name : null,
        endpoint.Addresses?.FirstOrDefault() ?? "",
        endpoint.NodeName,
        endpoint.Conditions?.Ready ?? true);
}
