namespace Dashboard.Core.Support;

/// <summary>A GatewayClass as the Support tab shows it: whose it is, whether the platform promises that controller, and whether it was accepted.</summary>
/// <param name="Product">The controller's product name when it is one the dashboard knows (Traefik, Envoy Gateway, …).</param>
/// <param name="Promised">Whether the platform itself ships this controller today (else it was installed on the cluster).</param>
/// <param name="Accepted">What the controller wrote: true, false, or null while the class has no status.</param>
public sealed record ObservedGatewayClass(string Name, string Controller, string? Product, bool Promised, bool? Accepted);
