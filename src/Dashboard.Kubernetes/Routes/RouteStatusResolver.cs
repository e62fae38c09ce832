using Dashboard.Core.GatewayStatus;
using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Gateways;

namespace Dashboard.Kubernetes.Routes;

/// <summary>
/// Gives each parent of a cached route the status its Gateway's controller wrote. Several controllers may write
/// entries for the same parent (a mesh beside the gateway controller), so only the entry of the controller that
/// serves the parent Gateway's class counts; the explanations use what the caches know around it (the listeners'
/// allowed routes and hostnames, the Services that do not exist).
/// </summary>
internal static class RouteStatusResolver
{
    public static RouteInfo Resolve(ClusterCache cache, RouteEntry entry)
    {
        var route = entry.Info;
        if (route.Parents.Count == 0)
            return route;
        var missing = route.Backends
            .Where(b => b.Kind == "Service" && !cache.Services.Items.ContainsKey(new ObjectKey(b.Namespace, b.Name)))
            .Select(b => $"{b.Namespace}/{b.Name}").Distinct(StringComparer.Ordinal).ToArray();
        var foreign = route.Backends.Select(b => b.Namespace).Where(ns => ns != route.Namespace).Distinct(StringComparer.Ordinal).ToArray();
        var parents = route.Parents.Select(parent => Resolve(cache, entry, parent, missing, foreign)).ToArray();
        return route with { Parents = parents };
    }

    private static RouteParentInfo Resolve(ClusterCache cache, RouteEntry entry, RouteParentInfo parent, string[] missing, string[] foreign)
    {
        var gateway = cache.Gateways.Items.GetValueOrDefault(new ObjectKey(parent.GatewayNamespace, parent.GatewayName));
        var controller = gateway is not null && cache.GatewayClasses.Items.TryGetValue(new ObjectKey("", gateway.Info.ClassName), out var cls)
            ? cls.Controller
            : null;
        var mine = entry.Statuses.Where(s =>
            s.GatewayNamespace == parent.GatewayNamespace && s.GatewayName == parent.GatewayName
            && s.SectionName == parent.SectionName && s.Port == parent.Port).ToArray();
        var status = controller is not null
            ? mine.FirstOrDefault(s => s.Controller == controller)
            : mine.Length == 1 ? mine[0] : null;
        if (status is null)
            return parent;

        var listeners = (gateway?.Listeners ?? [])
            .Where(l => (parent.SectionName is null || l.Name == parent.SectionName) && (parent.Port is null || l.Port == parent.Port))
            .ToArray();
        var context = new RouteConditionContext(entry.Info.Kind, entry.Info.Namespace)
        {
            GatewayNamespace = parent.GatewayNamespace,
            GatewayName = parent.GatewayName,
            ListenerName = parent.SectionName,
            ListenerPort = parent.Port,
            AllowedRoutesFrom = listeners.Select(l => l.AllowedRoutesFrom).Distinct(StringComparer.Ordinal).ToArray(),
            ListenerHostnames = listeners.Select(l => l.Hostname).OfType<string>().Distinct(StringComparer.Ordinal).ToArray(),
            RouteHostnames = entry.Info.Hostnames,
            MissingServices = missing,
            BackendNamespaces = foreign,
        };
        var conditions = ConditionConversion.Explained(ConditionSubject.Route, status.Conditions, context);
        return parent with
        {
            Controller = status.Controller,
            Accepted = ConditionConversion.StateOf(conditions, "Accepted"),
            ResolvedRefs = ConditionConversion.StateOf(conditions, "ResolvedRefs"),
            Conditions = conditions,
        };
    }
}
