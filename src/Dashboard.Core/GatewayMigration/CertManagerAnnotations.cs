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

    public static void Apply(AnnotationLedger ledger, GatewayTarget target, bool hasTls)
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
        if (!hasTls)
        {
            foreach (var key in keys)
                ledger.NotTranslated(key, "The Ingress has no TLS entry, so the new Gateway has no HTTPS listener for cert-manager to make a certificate for: nothing to carry over.");
            return;
        }

        if (ledger.Value(ClusterIssuer) is { } cluster)
        {
            gateway.CertManagerIssuer = cluster;
            gateway.CertManagerIssuerKind = CertManagerIssuerKind.ClusterIssuer;
            ledger.Translated(ClusterIssuer, $"the Gateway's cert-manager cluster issuer {cluster}: cert-manager makes the HTTPS listeners' certificates");
            ledger.NotTranslated(Issuer, "The cluster-issuer annotation is set too and is used; cert-manager refuses an object with both: remove one from the Ingress.");
        }
        else if (ledger.Value(Issuer) is { } issuer)
        {
            gateway.CertManagerIssuer = issuer;
            gateway.CertManagerIssuerKind = CertManagerIssuerKind.Issuer;
            ledger.Translated(Issuer, $"the Gateway's cert-manager issuer {issuer}: cert-manager makes the HTTPS listeners' certificates");
        }
        if (gateway.CertManagerIssuer is not null)
        {
            foreach (var listener in gateway.Listeners.Where(l => l.Protocol == ListenerProtocols.Https))
                listener.CertificateSource = CertificateSource.CertManager;
        }
        foreach (var key in keys.Where(k => !ledger.IsSettled(k)))
        {
            gateway.Annotations.Add(new KeyValueDraft { Key = key, Value = ledger.Value(key) ?? "" });
            ledger.Translated(key, "the same annotation on the Gateway, where cert-manager reads it");
        }
    }
}
