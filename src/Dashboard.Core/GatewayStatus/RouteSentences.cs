namespace Dashboard.Core.GatewayStatus;

/// <summary>A route on one parent: Accepted, ResolvedRefs, PartiallyInvalid.</summary>
internal static class RouteSentences
{
    public static string? Of(ObservedCondition c, RouteConditionContext? route) => (c.Type, c.Status, c.Reason) switch
    {
        ("Accepted", "True", _) => route?.GatewayName is { } gateway
            ? $"This route is attached to Gateway {gateway}: requests for its hostnames reach its rules."
            : "This route is attached to its Gateway: requests for its hostnames reach its rules.",
        ("Accepted", "False", "NotAllowedByListeners") => NotAllowed(route),
        ("Accepted", "False", "NoMatchingListenerHostname") => NoMatchingHostname(route),
        ("Accepted", "False", "NoMatchingParent") => NoMatchingParent(route),
        ("Accepted", "False", "UnsupportedValue") => "This route is not attached: the controller does not support a value in it" + GatewaySentences.Detail(c),
        ("Accepted", "False", "IncompatibleFilters") =>
            "This route is not attached: it combines filters the controller cannot apply together (in one rule, say).",
        ("Accepted", _, _) when c.Status == "Unknown" || c.Reason == "Pending" =>
            "Waiting for the Gateway's controller to look at this route.",
        ("ResolvedRefs", "True", _) => "Every backend of this route resolved.",
        ("ResolvedRefs", "False", "RefNotPermitted") => NotPermitted(route),
        ("ResolvedRefs", "False", "BackendNotFound") => route is { MissingServices.Count: > 0 }
            ? $"Requests to part of this route fail: Service {string.Join(", ", route.MissingServices)} does not exist. Create it or change the backend."
            : "Requests to part of this route fail: a backend Service does not exist" + GatewaySentences.Detail(c),
        ("ResolvedRefs", "False", "InvalidKind") =>
            "A backend of this route is not of a kind the controller can send traffic to: use a Service.",
        ("ResolvedRefs", "False", "UnsupportedProtocol") =>
            "A backend Service port speaks an application protocol (appProtocol) the controller does not support.",
        ("PartiallyInvalid", "True", _) =>
            "Some rules of this route are invalid and were dropped; the others still serve" + GatewaySentences.Detail(c),
        _ => null,
    };

    private static string NotAllowed(RouteConditionContext? route)
    {
        const string Start = "This route is not attached: ";
        var from = route?.AllowedRoutesFrom ?? [];
        if (from.Count > 0 && from.All(f => f == "Same"))
        {
            var where = route?.GatewayNamespace is { } ns ? $" ({ns})" : "";
            return Start + $"the listener only allows routes from its own namespace{where}. Create the route there, or let the listener allow routes from other namespaces.";
        }
        if (from.Count > 0 && from.All(f => f is "Same" or "Selector"))
            return Start + $"the listener only allows routes from namespaces with certain labels, and namespace {route!.RouteNamespace} does not carry them.";
        var kind = route?.RouteKind ?? "route";
        return Start + $"no listener of the Gateway allows {kind}s from this namespace (see the listeners' allowed routes and kinds).";
    }

    private static string NoMatchingHostname(RouteConditionContext? route)
    {
        const string Start = "This route is not attached: ";
        if (route is { ListenerHostnames.Count: > 0 })
        {
            var mine = route.RouteHostnames.Count > 0 ? $"its hostnames ({string.Join(", ", route.RouteHostnames)})" : "its hostnames";
            return Start + $"none of {mine} matches the listener's hostname ({string.Join(", ", route.ListenerHostnames)}). Use a hostname the listener takes.";
        }
        return Start + "none of its hostnames matches a listener's hostname. Use a hostname the listener takes.";
    }

    private static string NoMatchingParent(RouteConditionContext? route)
    {
        const string Start = "This route is not attached: ";
        if (route?.ListenerName is { } listener)
            return Start + $"the Gateway has no listener named {listener}.";
        if (route?.ListenerPort is { } port)
            return Start + $"the Gateway has no listener on port {port}.";
        return Start + "the Gateway (or the listener it names) does not exist.";
    }

    private static string NotPermitted(RouteConditionContext? route)
    {
        var kind = route?.RouteKind ?? "route";
        if (route is { BackendNamespaces.Count: > 0 })
        {
            var grants = string.Join("; ", route.BackendNamespaces.Select(ns =>
                $"a ReferenceGrant in namespace {ns} allowing {kind}s from {route.RouteNamespace}"));
            return $"A backend in another namespace is refused: the route needs {grants}.";
        }
        return $"A backend in another namespace is refused: that namespace needs a ReferenceGrant allowing {kind}s from this route's namespace.";
    }
}
