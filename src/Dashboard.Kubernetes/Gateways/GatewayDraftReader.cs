using Dashboard.Core.Drafts;
using Dashboard.Core.Gateways;
using Dashboard.Kubernetes.Gateways.Models;

namespace Dashboard.Kubernetes.Gateways;

/// <summary>A live Gateway as the draft the wizard edits: the inverse of <see cref="GatewayManifest.From"/>.</summary>
public static class GatewayDraftReader
{
    public static GatewayDraft FromGateway(V1Gateway gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var annotations = gateway.Metadata.Annotations ?? new Dictionary<string, string>();
        var clusterIssuer = annotations.TryGetValue(GatewayManifest.ClusterIssuerAnnotation, out var c) ? c : null;
        var issuer = annotations.TryGetValue(GatewayManifest.IssuerAnnotation, out var i) ? i : null;
        return new GatewayDraft
        {
            Namespace = gateway.Metadata.NamespaceProperty ?? "default",
            Name = gateway.Metadata.Name ?? "",
            ClassName = gateway.Spec?.GatewayClassName ?? "",
            Listeners = (gateway.Spec?.Listeners ?? []).Select(l => ToDraft(l, issuer ?? clusterIssuer)).ToList(),
            CertManagerIssuer = issuer ?? clusterIssuer,
            CertManagerIssuerKind = issuer is not null ? CertManagerIssuerKind.Issuer : CertManagerIssuerKind.ClusterIssuer,
            Labels = Pairs(gateway.Metadata.Labels),
            Annotations = Pairs(annotations.Where(a => a.Key is not GatewayManifest.ClusterIssuerAnnotation and not GatewayManifest.IssuerAnnotation)),
        };
    }

    private static GatewayListenerDraft ToDraft(V1Listener listener, string? issuer) => new()
    {
        Name = listener.Name,
        Protocol = listener.Protocol,
        Port = listener.Port,
        Hostname = listener.Hostname,
        CertificateSecretName = listener.Tls?.CertificateRefs?.FirstOrDefault()?.Name,
        // With an issuer on the Gateway, cert-manager writes the listeners' Secrets (a hostname is what it certifies).
        CertificateSource = issuer is not null && listener.Protocol == ListenerProtocols.Https && !string.IsNullOrEmpty(listener.Hostname)
            ? CertificateSource.CertManager
            : CertificateSource.ExistingSecret,
        AllowedRoutes = Enum.TryParse<RouteNamespaces>(listener.AllowedRoutes?.Namespaces?.From, out var from) ? from : RouteNamespaces.Same,
        AllowedNamespaceLabels = Pairs(listener.AllowedRoutes?.Namespaces?.Selector?.MatchLabels),
    };

    private static List<KeyValueDraft> Pairs(IEnumerable<KeyValuePair<string, string>>? values) =>
        (values ?? []).Select(p => new KeyValueDraft { Key = p.Key, Value = p.Value }).ToList();
}
