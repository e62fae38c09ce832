using System.Text;
using Dashboard.Core.GatewayMigration;
using Dashboard.Core.Gateways;
using Dashboard.Core.Routes;

namespace Dashboard.Core.Tests.GatewayMigration;

/// <summary>A migration plan written as short lines, so a test can compare the whole output at once.</summary>
public static class PlanShape
{
    public static string Of(GatewayMigrationPlan plan)
    {
        var lines = new List<string>();
        if (plan.NewGateway is { } gateway)
            lines.AddRange(GatewayLines(gateway));
        foreach (var route in plan.Routes)
            lines.AddRange(RouteLines(route));
        return string.Join('\n', lines);
    }

    /// <summary>Only the routes, for rows that are about the rules.</summary>
    public static string Routes(GatewayMigrationPlan plan) => string.Join('\n', plan.Routes.SelectMany(RouteLines));

    public static string Accounts(GatewayMigrationPlan plan) => string.Join('\n',
        plan.Translated.Select(t => $"translated {Short(t.Item)}").Concat(plan.NotTranslated.Select(n => $"not {Short(n.Item)}")));

    private static string Short(string key) => key.Replace("nginx.ingress.kubernetes.io/", "nginx/", StringComparison.Ordinal);

    private static IEnumerable<string> GatewayLines(GatewayDraft gateway)
    {
        var issuer = gateway.CertManagerIssuer is null ? "" : $" issuer {gateway.CertManagerIssuerKind}:{gateway.CertManagerIssuer}";
        yield return $"gateway {gateway.Namespace}/{gateway.Name} class {gateway.ClassName}{issuer}";
        foreach (var l in gateway.Listeners)
        {
            var cert = l.Protocol == ListenerProtocols.Https ? $" cert {l.CertificateSource}:{l.CertificateSecretName}" : "";
            yield return $"  listener {l.Name} {l.Protocol} {l.Port} {l.Hostname ?? "*"}{cert} from {l.AllowedRoutes}";
        }
        foreach (var a in gateway.Annotations)
            yield return $"  annotation {a.Key}={a.Value}";
    }

    private static IEnumerable<string> RouteLines(HttpRouteDraft route)
    {
        var hosts = route.HostChoice == RouteHostChoice.Custom ? $"{string.Join(',', route.Hostnames)}" : route.HostChoice.ToString();
        var parents = string.Join(',', route.Parents.Select(p => $"{(p.GatewayNamespace is null ? "" : p.GatewayNamespace + "/")}{p.GatewayName}{(p.ListenerName is null ? "" : "/" + p.ListenerName)}"));
        yield return $"route {route.Namespace}/{route.Name} [{hosts}] -> {parents}";
        foreach (var rule in route.Rules)
            yield return "  " + RuleLine(rule);
    }

    private static string RuleLine(HttpRouteRuleDraft rule)
    {
        var text = new StringBuilder("rule ");
        text.Append(rule.Matches.Count == 0 ? "any" : string.Join(" or ", rule.Matches.Select(MatchText)));
        if (rule.Backends.Count > 0)
            text.Append(" -> ").Append(string.Join(", ", rule.Backends.Select(b => $"{b.ServiceName}:{b.Port?.ToString() ?? "?"}*{b.Weight}")));
        if (rule.Redirect is { } r)
            text.Append($" | redirect {r.StatusCode} {r.Scheme ?? "-"}://{r.Hostname ?? "-"}{(r.Port is null ? "" : ":" + r.Port)}{r.ReplaceFullPath ?? ""}");
        if (rule.Rewrite is { } w)
            text.Append($" | rewrite {w.PathType} {w.Path}");
        if (rule.RequestHeaders is { } h)
            text.Append(" | set ").Append(string.Join(", ", h.Set.Select(s => $"{s.Key}={s.Value}")));
        if (rule.RequestTimeout is { } t)
            text.Append($" | timeout {t}");
        return text.ToString();
    }

    private static string MatchText(HttpRouteMatchDraft match) =>
        $"{match.PathType}:{match.Path}" + string.Concat(match.Headers.Select(h => $" +{h.Type}:{h.Name}={h.Value}"));
}
