namespace Dashboard.Core.GatewayStatus;

/// <summary>
/// What is known around a route's condition on one parent Gateway, so the sentence can name the namespace, the
/// listener rule or the Service at fault instead of repeating the reason. Every member but the first two is optional.
/// </summary>
/// <param name="RouteKind">HTTPRoute, GRPCRoute, TCPRoute, …</param>
public sealed record RouteConditionContext(string RouteKind, string RouteNamespace)
{
    public string? GatewayNamespace { get; init; }

    public string? GatewayName { get; init; }

    /// <summary>The parentRef's <c>sectionName</c>, when the route names one listener.</summary>
    public string? ListenerName { get; init; }

    /// <summary>The parentRef's <c>port</c>, when the route names one.</summary>
    public int? ListenerPort { get; init; }

    /// <summary>The <c>allowedRoutes.namespaces.from</c> of the listeners the route aims at (Same, All, Selector), when known.</summary>
    public IReadOnlyList<string> AllowedRoutesFrom { get; init; } = [];

    /// <summary>The hostnames of the listeners the route aims at (those that set one).</summary>
    public IReadOnlyList<string> ListenerHostnames { get; init; } = [];

    public IReadOnlyList<string> RouteHostnames { get; init; } = [];

    /// <summary>Backend Services that do not exist, as <c>namespace/name</c>.</summary>
    public IReadOnlyList<string> MissingServices { get; init; } = [];

    /// <summary>Namespaces other than the route's that its backends are in.</summary>
    public IReadOnlyList<string> BackendNamespaces { get; init; } = [];
}
