using Dashboard.Core.Support;

namespace Dashboard.Kubernetes.Routes;

/// <summary>A parent Gateway of a route as its page shows it: where its traffic arrives.</summary>
/// <param name="Exists">False when no Gateway of that name is cached (the route then cannot attach).</param>
/// <param name="ListenerHostnames">Hostnames set on its listeners (those the route may attach to).</param>
public sealed record RouteParentGateway(
    string Namespace,
    string Name,
    bool Exists,
    string? ClassName,
    IReadOnlyList<GatewayAddress> Addresses,
    IReadOnlyList<string> ListenerHostnames);
