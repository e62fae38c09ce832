namespace Dashboard.Kubernetes.Routes;

/// <summary>A backend of a route checked against the Services the caches hold.</summary>
/// <param name="Problem">Null when the Service exists with that port; else what is wrong and what to do.</param>
public sealed record RouteBackendCheck(RouteBackendInfo Backend, bool ServiceExists, string? Problem);
