using Dashboard.Core.Support;

namespace Dashboard.Core.Hostnames;

/// <summary>An HTTPRoute as the hostname rules see it: the route's <c>spec.hostnames</c> take the place of an ingress's rule hosts.</summary>
/// <param name="GatewayAddresses">The parent Gateway's <c>status.addresses</c>, in order.</param>
/// <param name="Hostnames">The route's <c>spec.hostnames</c>; empty means every hostname its listeners take.</param>
/// <param name="GeneratedHosts">The hostnames the dashboard wrote earlier (remembered on the object).</param>
/// <param name="Listeners">The listeners the route attaches to; empty when they are not known, which skips that check.</param>
/// <param name="Requested">The route carries the request annotation: it wants a generated name although it has no hostname.</param>
/// <param name="OneClick">A person pressed "Generate hostname".</param>
public sealed record RouteHostnameInput(
    string RouteName,
    string Namespace,
    string Domain,
    IReadOnlyList<GatewayAddress> GatewayAddresses,
    IReadOnlyList<string> Hostnames,
    IReadOnlyCollection<string> GeneratedHosts,
    IReadOnlyList<RouteListener> Listeners,
    bool Requested = false,
    bool OneClick = false);
