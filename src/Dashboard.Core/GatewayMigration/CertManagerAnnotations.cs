using Dashboard.Core.Drafts;
using Dashboard.Core.Gateways;

namespace Dashboard.Core.GatewayMigration;

/// <summary>
/// cert-manager's annotations on the Ingress: its gateway-shim reads the same ones on a Gateway, so a new Gateway
/// takes the issuer (and the certificate settings) and its HTTPS listeners' certificates come from cert-manager.
/// </summary>
internal static class CertManagerAnnotations
{
    public const string Prefix = "cert-manager.io/";
    public const string ClusterIssuer = Prefix + "cluster-issuer";
    public const string Issuer = Prefix + "issuer";

    /// <remarks>
    /// On a Gateway shared by several Ingresses the first issuer stays: cert-manager reads one per Gateway, so a
    /// second, different one is reported, and only the listeners of this Ingress's TLS entries take cert-manager's certificates.
    /// </remarks>
    public static void Apply(AnnotationLedger ledger, GatewayTarget target, IReadOnlyList<TlsEntry> tls)
    {
        var keys = ledger.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).ToList();
        if (keys.Count == 0)
            return;
        if (target.NewGateway is not { } gateway)
        {
            foreach (var key in keys)
                ledger.NotTranslated(key, $"The routes attach to the existing Gateway {target.Describe()}: if its certificates should come from cert-manager, add {key} to that Gateway yourself.");
            return;
        }
        if (tls.Count == 0)
        {
            foreach (var key in keys)
                ledger.NotTranslated(key, "The Ingress has no TLS entry, so the new Gateway has no HTTPS listener for cert-manager to make a certificate for: nothing to carry over.");
            return;
        }

        var (issuer, kind, issuerKey) = ledger.Value(ClusterIssuer) is { } cluster
            ? (cluster, CertManagerIssuerKind.ClusterIssuer, ClusterIssuer)
            : ledger.Value(Issuer) is { } namespaced ? (namespaced, CertManagerIssuerKind.Issuer, Issuer) : (null, default, null);
        if (issuer is not null && gateway.CertManagerIssuer is { } earlier && (earlier != issuer || gateway.CertManagerIssuerKind != kind))
        {
            ledger.NotTranslated(issuerKey!, $"The shared Gateway {target.Describe()} already takes its certificates from the {Describe(gateway.CertManagerIssuerKind)} {earlier} of another Ingress, " +
                $"and cert-manager reads one issuer per Gateway: use {earlier} for this Ingress's hosts too, or move this Ingress to a Gateway of its own.");
            issuer = null;
        }
        if (issuerKey == ClusterIssuer)
            ledger.NotTranslated(Issuer, "The cluster-issuer annotation is set too and is used; cert-manager refuses an object with both: remove one from the Ingress.");
        if (issuer is not null)
        {
            gateway.CertManagerIssuer = issuer;
            gateway.CertManagerIssuerKind = kind;
            ledger.Translated(issuerKey!, $"the Gateway's cert-manager {Describe(kind)} {issuer}: cert-manager makes the HTTPS listeners' certificates");
            var secrets = tls.Select(t => t.SecretName).ToHashSet(StringComparer.Ordinal);
            foreach (var listener in gateway.Listeners.Where(l => l.Protocol == ListenerProtocols.Https && l.CertificateSecretName is { } secret && secrets.Contains(secret)))
                listener.CertificateSource = CertificateSource.CertManager;
        }
        foreach (var key in keys.Where(k => !ledger.IsSettled(k)))
        {
            var value = ledger.Value(key) ?? "";
            if (gateway.Annotations.FirstOrDefault(a => a.Key == key) is { } set)
            {
                if (set.Value == value)
                    ledger.Translated(key, "the same annotation on the shared Gateway, which another Ingress already gave it");
                else
                    ledger.NotTranslated(key, $"The shared Gateway {target.Describe()} already has {key}: {set.Value} from another Ingress, and one Gateway has one value: choose one, or move this Ingress to a Gateway of its own.");
                continue;
            }
            gateway.Annotations.Add(new KeyValueDraft { Key = key, Value = value });
            ledger.Translated(key, "the same annotation on the Gateway, where cert-manager reads it");
        }
    }

    private static string Describe(CertManagerIssuerKind kind) => kind == CertManagerIssuerKind.ClusterIssuer ? "cluster issuer" : "issuer";
}
