using Dashboard.Core.Gateways;
using Dashboard.Core.Routes;

namespace Dashboard.Core.GatewayMigration;

/// <summary>
/// The routes of one host group: the route with its rules, attached to the Gateway's HTTPS listener where the Ingress
/// has TLS for the host (else to its HTTP listener), and beside it, unless ssl-redirect is off, a route on the HTTP
/// listener that redirects to HTTPS (308), as ingress2gateway emits it.
/// </summary>
internal static class HostRoutes
{
    public static IEnumerable<HttpRouteDraft> For(HostGroup group, string routeName, RuleSettings settings, MigrationContext context)
    {
        var request = context.Request;
        var ns = request.Ingress.Namespace;
        var tls = TlsEntry.Covering(context.Tls, group, request.HostnameDomain);
        var http = Listener(ListenerProtocols.Http, 80, group, context, routeName);
        var https = tls is null ? null : Listener(ListenerProtocols.Https, 443, group, context, routeName);
        if (tls is not null && https is null)
        {
            context.Report.NotTranslated.Add(new NotTranslatedItem(tls.FieldPath,
                $"The Gateway {context.Target.Describe()} has no HTTPS listener that takes {group.Describe()}: add one (protocol HTTPS, port 443" +
                (group.Kind == HostGroupKind.Custom ? $", hostname {group.Host}" : "") + $", certificate from the Secret {tls.SecretName}), then attach the route {routeName} to it. " +
                "Until then the route serves plain HTTP only and nothing redirects to HTTPS.",
                request.Ingress.Name));
        }
        else if (https is not null && !context.Target.IsNew && https.CertificateSecretName is { } secret && secret != tls!.SecretName)
        {
            context.Report.Notices.Add($"{tls.FieldPath}: the listener {https.Name} of {context.Target.Describe()} serves its own certificate (Secret {secret}), not the Ingress's {tls.SecretName}.");
        }

        var redirect = https is not null && http is not null && settings.SslRedirect;
        if (redirect && group.Kind == HostGroupKind.Generate)
        {
            redirect = false;
            context.Report.NotTranslated.Add(new NotTranslatedItem(tls!.FieldPath,
                $"The route {routeName} gets its generated hostname once the Gateway has an address, so no HTTP → HTTPS redirect route can name it yet: " +
                "until you add one (a RequestRedirect with scheme https on the HTTP listener), the route answers on HTTP too.",
                request.Ingress.Name));
        }

        var parents = new List<RouteParentDraft>();
        if (https is not null)
            parents.Add(Parent(https, context.Target, ns));
        if (http is not null && !redirect)
            parents.Add(Parent(http, context.Target, ns));
        if (parents.Count == 0)
            parents.Add(new RouteParentDraft { GatewayName = context.Target.Name, GatewayNamespace = OtherNamespace(context.Target, ns) });

        var rules = RouteRules.Of(group, settings, context);
        var max = HttpRouteDraftValidator.MaxRules;
        if (rules.Count > max && group.Kind == HostGroupKind.Generate)
        {
            context.Report.NotTranslated.Add(new NotTranslatedItem(group.Paths[0].FieldPath.Split(".http", 2)[0],
                $"The generated hostname gives the route {routeName} {rules.Count} rules, more than the {max} a route may have, and a second route would get another generated name: " +
                "give these paths a hostname of your own, or move some of them to another Ingress first.",
                request.Ingress.Name));
        }
        // Rules of several routes with the same hostnames and parents add up, so a long Ingress splits without changing what it does.
        var chunks = group.Kind == HostGroupKind.Generate ? [rules] : rules.Chunk(max).Select(c => c.ToList()).ToList();
        foreach (var (chunk, part) in chunks.Select((c, i) => (c, i)))
        {
            var name = part == 0 ? routeName : ObjectNames.WithSuffix(routeName, $"-part-{part + 1}");
            yield return Route(group, ns, name, [.. parents.Select(Copy)], chunk);
        }
        if (redirect)
        {
            yield return Route(group, ns, ObjectNames.WithSuffix(routeName, "-ssl-redirect"), [Parent(http!, context.Target, ns)],
                [new HttpRouteRuleDraft { Matches = [], Backends = [], Redirect = new HttpRedirectDraft { Scheme = "https", StatusCode = 308 } }]);
        }
    }

    private static GatewayListenerDraft? Listener(string protocol, int usualPort, HostGroup group, MigrationContext context, string routeName)
    {
        var target = context.Target;
        var domain = context.Request.HostnameDomain;
        var ns = context.Request.Ingress.Namespace;
        var best = ListenerChoice.Best(target.Listeners.Where(l => target.Allows(l, ns)), protocol, usualPort, group, domain);
        if (best is not null)
        {
            if (best.AllowedRoutes == RouteNamespaces.Selector)
                context.Report.Notices.Add($"The listener {best.Name} of {target.Describe()} takes routes from namespaces with certain labels: check that the namespace {ns} has them, or the route {routeName} is not attached.");
            return best;
        }
        if (protocol == ListenerProtocols.Https)
            return null;

        var blocked = ListenerChoice.Best(target.Listeners, protocol, usualPort, group, domain);
        var why = blocked is not null
            ? $"The listener {blocked.Name} of the Gateway {target.Describe()} takes {group.Describe()} but only allows routes from the namespace {target.Namespace}: " +
              $"set its allowedRoutes.namespaces.from to All (or a selector that matches {ns}), or choose another Gateway."
            : $"The Gateway {target.Describe()} has no HTTP listener that takes {group.Describe()}: add one (protocol HTTP, port 80" +
              (group.Kind == HostGroupKind.Custom ? $", no hostname or {group.Host}" : ", no hostname") + $"), or choose another Gateway; the route {routeName} attaches to no listener until then.";
        context.Report.NotTranslated.Add(new NotTranslatedItem(group.Paths[0].FieldPath.Split(".http", 2)[0], why, context.Request.Ingress.Name));
        return null;
    }

    private static RouteParentDraft Parent(GatewayListenerDraft listener, GatewayTarget target, string routeNamespace) => new()
    {
        GatewayNamespace = OtherNamespace(target, routeNamespace),
        GatewayName = target.Name,
        ListenerName = listener.Name,
    };

    private static RouteParentDraft Copy(RouteParentDraft parent) =>
        new() { GatewayNamespace = parent.GatewayNamespace, GatewayName = parent.GatewayName, ListenerName = parent.ListenerName };

    private static string? OtherNamespace(GatewayTarget target, string routeNamespace) =>
        string.Equals(target.Namespace, routeNamespace, StringComparison.Ordinal) ? null : target.Namespace;

    private static HttpRouteDraft Route(HostGroup group, string ns, string name, List<RouteParentDraft> parents, List<HttpRouteRuleDraft> rules) => new()
    {
        Namespace = ns,
        Name = name,
        Parents = parents,
        HostChoice = group.Kind switch
        {
            HostGroupKind.Custom => RouteHostChoice.Custom,
            HostGroupKind.Generate => RouteHostChoice.Generate,
            _ => RouteHostChoice.Any,
        },
        Hostnames = group.Kind == HostGroupKind.Custom ? [group.Host!] : [],
        Rules = rules,
    };
}
