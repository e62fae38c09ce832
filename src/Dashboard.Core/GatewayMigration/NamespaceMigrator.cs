using Dashboard.Core.Gateways;
using Dashboard.Core.Ingresses;
using Dashboard.Core.Routes;

namespace Dashboard.Core.GatewayMigration;

/// <summary>
/// Translates the Ingresses of a namespace onto one Gateway: each Ingress as <see cref="GatewayMigrator"/> translates
/// it alone, but all attach to the same Gateway, whose listeners (when it is new) are made for the hosts and TLS
/// entries of all of them. Canaries join their main Ingress's routes and are not moved twice; a route name another
/// Ingress's route already has gets a number. Pure: the caller reads the cluster and applies the result.
/// </summary>
public static class NamespaceMigrator
{
    public static NamespaceMigrationPlan Plan(NamespaceMigrationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var notices = new List<string>();
        var leftOut = new List<LeftOutIngress>(request.Unreadable);
        var moving = new List<IngressDraft>();
        foreach (var ingress in request.Ingresses)
        {
            if (GatewayMigrator.IsCanary(ingress, request.ControllerOf(ingress)))
                leftOut.Add(new LeftOutIngress(ingress.Name, CanaryWhy(ingress, request)));
            else
                moving.Add(ingress);
        }

        var shared = request.ExistingGateway is null ? SharedGateway(request, moving, notices) : null;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var moves = new List<IngressMigration>();
        foreach (var ingress in moving)
        {
            var plan = GatewayMigrator.Plan(new GatewayMigrationRequest
            {
                Ingress = ingress,
                HostIngresses = [.. request.NamespaceIngresses.Where(other => other.Name != ingress.Name && SharesHost(ingress, other))],
                IngressController = request.ControllerOf(ingress),
                ResolvePort = request.ResolvePort,
                GatewayClassName = request.GatewayClassName,
                ExistingGateway = request.ExistingGateway,
                SharedGateway = shared,
                HostnameDomain = request.HostnameDomain,
            });
            var routeNotices = new List<string>(plan.Notices);
            var routes = plan.Routes.Select(route => Unique(route, taken, ingress.Name, routeNotices)).ToList();
            moves.Add(new IngressMigration(ingress.Name, routes, plan.Translated, plan.NotTranslated, routeNotices));
        }
        return new NamespaceMigrationPlan(shared, moves, leftOut, notices);
    }

    private static GatewayDraft SharedGateway(NamespaceMigrationRequest request, IReadOnlyList<IngressDraft> moving, List<string> notices)
    {
        var scratch = new MigrationReport();
        var tls = moving.SelectMany(ingress => TlsEntry.Of(ingress, scratch).Select(entry => (ingress.Name, entry)));
        return new GatewayDraft
        {
            Namespace = request.Namespace,
            Name = string.IsNullOrWhiteSpace(request.NewGatewayName) ? ObjectNames.WithSuffix(request.Namespace, "-gateway") : request.NewGatewayName.Trim(),
            ClassName = request.GatewayClassName,
            Listeners = GatewayListeners.For(tls, notices.Add),
        };
    }

    /// <summary>The route keeps its name unless an earlier Ingress's route has it (an Ingress <c>a</c> of two hosts makes <c>a-1</c>, which an Ingress may be called).</summary>
    private static HttpRouteDraft Unique(HttpRouteDraft route, HashSet<string> taken, string ingress, List<string> notices)
    {
        if (taken.Add(route.Name))
            return route;
        var n = 2;
        string name;
        do
            name = ObjectNames.WithSuffix(route.Name, $"-{n++}");
        while (!taken.Add(name));
        notices.Add($"The route {route.Name} of {ingress} is called {name}: another Ingress of the namespace gives a route that name.");
        route.Name = name;
        return route;
    }

    private static string CanaryWhy(IngressDraft canary, NamespaceMigrationRequest request)
    {
        var main = request.NamespaceIngresses.FirstOrDefault(other =>
            other.Name != canary.Name && SharesHost(canary, other) && !GatewayMigrator.IsCanary(other, request.ControllerOf(other)));
        if (main is null)
            return "It is a canary, and no other Ingress of the namespace has its hosts: ingress-nginx ignores it, so there is nothing to move.";
        return request.Ingresses.Any(i => i.Name == main.Name)
            ? $"It is a canary of {main.Name}: its backends join {main.Name}'s routes as weighted backends or header rules."
            : $"It is a canary of {main.Name}, which is not moved now: move {main.Name}, and this one's backends join its routes.";
    }

    private static bool SharesHost(IngressDraft one, IngressDraft other)
    {
        var hosts = one.Rules.Select(r => r.Host).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return other.Rules.Any(r => r.Host is { } host && hosts.Contains(host));
    }
}
