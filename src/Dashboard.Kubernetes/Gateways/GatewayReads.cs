using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Routes;

namespace Dashboard.Kubernetes.Gateways;

/// <summary>The Gateway API reads over one cluster's caches: lists, and the pages' details assembled across kinds.</summary>
internal static class GatewayReads
{
    public static KindCache<RouteEntry> RoutesOf(ClusterCache cache, RouteKind kind) => kind switch
    {
        RouteKind.Http => cache.HttpRoutes,
        RouteKind.Grpc => cache.GrpcRoutes,
        RouteKind.Tcp => cache.TcpRoutes,
        RouteKind.Udp => cache.UdpRoutes,
        RouteKind.Tls => cache.TlsRoutes,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a route kind."),
    };

    public static ResourcePage<RouteInfo> Routes(ClusterCache cache, RouteKind kind, ResourceQuery query)
    {
        var entries = RoutesOf(cache, kind).Items;
        var page = ResourcePaging.Page<RouteEntry, RouteInfo>(entries, query);
        return page with
        {
            Items = page.Items.Select(r => RouteStatusResolver.Resolve(cache, entries[new ObjectKey(r.Namespace, r.Name)])).ToArray(),
        };
    }

    public static GatewayDetail? Gateway(ClusterCache cache, string ns, string name)
    {
        if (!cache.Gateways.Items.TryGetValue(new ObjectKey(ns, name), out var entry))
            return null;
        var controller = cache.GatewayClasses.Items.TryGetValue(new ObjectKey("", entry.Info.ClassName), out var cls) ? cls.Controller : null;
        var routes = new[] { cache.HttpRoutes, cache.GrpcRoutes, cache.TcpRoutes, cache.UdpRoutes, cache.TlsRoutes }
            .SelectMany(kind => kind.Items.Values)
            .Where(r => r.Info.Parents.Any(p => p.GatewayNamespace == ns && p.GatewayName == name))
            .Select(r => RouteStatusResolver.Resolve(cache, r))
            .ToArray();
        return new GatewayDetail(entry.Info, controller, entry.Conditions, entry.Listeners, routes, entry.Labels, entry.Annotations);
    }

    public static HttpRouteDetail? HttpRoute(ClusterCache cache, string ns, string name)
    {
        if (!cache.HttpRoutes.Items.TryGetValue(new ObjectKey(ns, name), out var entry))
            return null;
        var route = RouteStatusResolver.Resolve(cache, entry);
        var parents = route.Parents
            .Select(p => (p.GatewayNamespace, p.GatewayName)).Distinct()
            .Select(p => cache.Gateways.Items.TryGetValue(new ObjectKey(p.GatewayNamespace, p.GatewayName), out var gateway)
                ? new RouteParentGateway(p.GatewayNamespace, p.GatewayName, true, gateway.Info.ClassName, gateway.Info.Addresses,
                    gateway.Listeners.Select(l => l.Hostname).OfType<string>().Distinct(StringComparer.Ordinal).ToArray())
                : new RouteParentGateway(p.GatewayNamespace, p.GatewayName, false, null, [], []))
            .ToArray();
        var backends = route.Backends.Select(b => Check(cache, b)).ToArray();
        return new HttpRouteDetail(route, entry.Rules, parents, backends, entry.Labels, entry.Annotations, Hostnames.RouteHostnames.InputOf(cache, entry, domain: ""));
    }

    private static RouteBackendCheck Check(ClusterCache cache, RouteBackendInfo backend)
    {
        if (backend.Kind != "Service")
            return new RouteBackendCheck(backend, false, null);
        if (!cache.Services.Items.TryGetValue(new ObjectKey(backend.Namespace, backend.Name), out var service))
            return new RouteBackendCheck(backend, false,
                $"Service {backend.Namespace}/{backend.Name} does not exist: create it or change the backend.");
        if (backend.Port is { } port && service.Info.Type != "ExternalName" && service.Info.Ports.All(p => p.Port != port))
            return new RouteBackendCheck(backend, true,
                $"Service {backend.Namespace}/{backend.Name} has no port {port}: use one of {string.Join(", ", service.Info.Ports.Select(p => p.Port))}.");
        return new RouteBackendCheck(backend, true, null);
    }
}
