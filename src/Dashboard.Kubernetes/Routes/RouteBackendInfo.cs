namespace Dashboard.Kubernetes.Routes;

/// <summary>One backendRef: a Service unless <paramref name="Kind"/> says otherwise.</summary>
/// <param name="Namespace">Defaulted to the route's.</param>
/// <param name="Weight">Relative share of its rule's traffic (default 1).</param>
public sealed record RouteBackendInfo(string Kind, string Namespace, string Name, int? Port, int Weight);
