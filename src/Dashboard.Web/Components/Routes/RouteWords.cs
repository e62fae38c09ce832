using Dashboard.Kubernetes.Routes;

namespace Dashboard.Web.Components.HttpRoutes;

/// <summary>The short words the route lists and pages share.</summary>
public static class RouteWords
{
    /// <summary>The hostnames, or "*" for a route that takes every host of its listeners.</summary>
    public static string Hostnames(RouteInfo route, string generatedDomain)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.Hostnames.Count == 0
            ? "* (the listeners' hosts)"
            : string.Join(", ", route.Hostnames.Select(h => h == generatedDomain ? "(generated hostname pending)" : h));
    }

    /// <summary>Each parent as <c>namespace/name</c> (with its listener), as the route names it.</summary>
    public static string Parents(RouteInfo route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.Parents.Count == 0 ? "none" : string.Join(", ", route.Parents.Select(Parent));
    }

    public static string Parent(RouteParentInfo parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var section = parent.SectionName is null ? "" : $" ({parent.SectionName})";
        return $"{parent.GatewayNamespace}/{parent.GatewayName}{section}";
    }

    /// <summary>Whether the parents took the route, in one or two words.</summary>
    public static string Attached(RouteInfo route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.Parents.Count == 0 ? "no parent" : route.Accepted switch
        {
            true => "attached",
            false => "not attached",
            null => "waiting for the controller",
        };
    }

    public static string Backend(RouteBackendInfo backend, bool withWeight)
    {
        ArgumentNullException.ThrowIfNull(backend);
        var kind = backend.Kind == "Service" ? "" : $"{backend.Kind} ";
        var port = backend.Port is { } p ? $":{p}" : "";
        var weight = withWeight ? $" (weight {backend.Weight})" : "";
        return $"{kind}{backend.Name}{port}{weight}";
    }

    public static string Backends(RouteInfo route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.Backends.Count == 0 ? "none" : string.Join(", ", route.Backends.Select(b => Backend(b, withWeight: false)));
    }
}
