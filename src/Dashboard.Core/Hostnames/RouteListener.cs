namespace Dashboard.Core.Hostnames;

/// <summary>A listener a route attaches to, with its hostname (null: it takes every hostname).</summary>
public sealed record RouteListener(string GatewayName, string ListenerName, string? Hostname);
