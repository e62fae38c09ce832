using A = Dashboard.Core.GatewayMigration.NginxAnnotations;

namespace Dashboard.Core.GatewayMigration;

/// <summary>
/// Translates an Ingress into Gateway API objects the way ingress2gateway 1.x does with its ingress-nginx provider
/// and standard emitter: one HTTPRoute per host (<c>&lt;ingress&gt;</c>, or <c>&lt;ingress&gt;-&lt;n&gt;</c> for
/// several), an HTTPS listener and an HTTP → HTTPS redirect route for TLS, and the ingress-nginx annotations that have
/// a Gateway API equivalent as filters, matches, weights and timeouts. What it cannot carry over is listed with what
/// to do instead; nothing is dropped without a word. Pure: the caller reads the cluster and applies the result.
/// </summary>
public static class GatewayMigrator
{
    public static GatewayMigrationPlan Plan(GatewayMigrationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var report = new MigrationReport();
        var ingress = request.Ingress;
        var ledger = new AnnotationLedger(ingress, report);
        var readsNginx = ReadsNginx(request.IngressController);

        if (readsNginx && ledger.IsTrue(A.Canary))
        {
            ledger.NotTranslated(A.Canary, "This Ingress is a canary of another Ingress of its host: move that Ingress, and this one's backends join its routes as weighted backends or header rules.");
            ledger.SettleTheRest(_ => "This Ingress is a canary: it moves with the Ingress it is a canary of.");
            return Finish(null, [], report);
        }

        var tls = TlsEntry.Of(ingress, report);
        var settings = readsNginx ? NginxSettingsReader.Read(ledger, tls.Count > 0) : new RuleSettings();
        var target = request.ExistingGateway is { } existing ? GatewayTarget.Existing(existing)
            : request.SharedGateway is { } shared ? GatewayTarget.Shared(shared)
            : GatewayTarget.New(request, tls, report);
        CertManagerAnnotations.Apply(ledger, target, tls);

        var groups = HostGroup.Of(ingress, request.HostnameDomain);
        var canaries = readsNginx ? CanaryMerge.Find(request, groups, report) : [];
        var context = new MigrationContext(request, target, tls, canaries, report);
        var routes = groups
            .SelectMany((group, i) => HostRoutes.For(group, groups.Count == 1 ? ingress.Name : ObjectNames.WithSuffix(ingress.Name, $"-{i + 1}"), settings, context))
            .ToList();
        if (readsNginx)
            NginxSettingsReader.SettlePrefixRewrite(ledger, settings);

        if (readsNginx)
        {
            foreach (var key in A.CanaryKeys.Where(k => k != A.CanaryByHeaderPattern && k != A.CanaryByCookie))
                ledger.NotTranslated(key, "It is read only on a canary Ingress (canary: \"true\"), and this one is not: nothing to carry over.");
        }
        ledger.Translated(OtherAnnotationReasons.LegacyIngressClass, target.IsNew
            ? $"the Gateway's class {request.GatewayClassName}"
            : $"the Gateway {target.Describe()}");
        ledger.SettleTheRest(key => !A.IsNginx(key)
            ? OtherAnnotationReasons.Why(key)
            : readsNginx
                ? NginxAnnotationReasons.Why(key)
                : $"The Ingress's controller {request.IngressController} does not read ingress-nginx annotations, so this one has no effect today: nothing to carry over.");
        return Finish(target.NewGateway, routes, report);
    }

    /// <summary>Whether the Ingress's controller reads ingress-nginx annotations (an unknown one is taken to).</summary>
    public static bool ReadsNginx(string? ingressController) =>
        ingressController is null || string.Equals(ingressController, GatewayMigrationRequest.IngressNginxController, StringComparison.Ordinal);

    /// <summary>A canary Ingress (<c>canary: "true"</c> read by ingress-nginx): it moves with the main Ingress of its host, not on its own.</summary>
    public static bool IsCanary(Ingresses.IngressDraft ingress, string? ingressController) =>
        ReadsNginx(ingressController)
        && bool.TryParse(ingress.Annotations.FirstOrDefault(a => a.Key == A.Canary)?.Value?.Trim(), out var canary) && canary;

    private static GatewayMigrationPlan Finish(Gateways.GatewayDraft? gateway, List<Routes.HttpRouteDraft> routes, MigrationReport report) =>
        new(gateway, routes, report.Translated, report.NotTranslated, report.Notices);
}
