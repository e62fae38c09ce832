using Dashboard.Kubernetes.Resources;

namespace Dashboard.Kubernetes.Caching;

/// <summary>An EndpointSlice reduced to the Service it belongs to (its <c>kubernetes.io/service-name</c> label) and its endpoints.</summary>
internal sealed record EndpointSliceEntry(string ServiceName, IReadOnlyList<EndpointInfo> Endpoints);
