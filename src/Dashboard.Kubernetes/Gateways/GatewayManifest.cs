using Dashboard.Core.Gateways;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Gateways.Models;
using k8s.Models;

namespace Dashboard.Kubernetes.Gateways;

/// <summary>A Gateway draft as the object that is sent. Pure, like <see cref="Ingresses.IngressManifest"/>.</summary>
public static class GatewayManifest
{
    /// <summary>cert-manager's gateway-shim makes the certificates of a Gateway carrying one of these (docs: cert-manager.io/docs/usage/gateway).</summary>
    public const string ClusterIssuerAnnotation = "cert-manager.io/cluster-issuer";

    public const string IssuerAnnotation = "cert-manager.io/issuer";

    public static V1Gateway From(GatewayDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var annotations = ManifestYaml.ToMap(draft.Annotations) ?? [];
        if (!string.IsNullOrWhiteSpace(draft.CertManagerIssuer))
            annotations[draft.CertManagerIssuerKind == CertManagerIssuerKind.Issuer ? IssuerAnnotation : ClusterIssuerAnnotation] = draft.CertManagerIssuer.Trim();
        return new V1Gateway
        {
            Metadata = new V1ObjectMeta
            {
                Name = draft.Name,
                NamespaceProperty = draft.Namespace,
                Labels = ManifestYaml.ToMap(draft.Labels),
                Annotations = annotations.Count == 0 ? null : annotations,
            },
            Spec = new V1GatewaySpec
            {
                GatewayClassName = draft.ClassName.Trim(),
                Listeners = draft.Listeners.Select(ToListener).ToList(),
            },
        };
    }

    private static V1Listener ToListener(GatewayListenerDraft listener) => new()
    {
        Name = listener.Name.Trim(),
        Protocol = listener.Protocol,
        Port = listener.Port,
        Hostname = string.IsNullOrWhiteSpace(listener.Hostname) ? null : listener.Hostname.Trim(),
        Tls = ToTls(listener),
        AllowedRoutes = new V1AllowedRoutes
        {
            Namespaces = new V1RouteNamespaces
            {
                From = listener.AllowedRoutes.ToString(),
                Selector = listener.AllowedRoutes == RouteNamespaces.Selector
                    ? new V1LabelSelector { MatchLabels = ManifestYaml.ToMap(listener.AllowedNamespaceLabels) }
                    : null,
            },
        },
    };

    /// <summary>HTTPS terminates with the listener's Secret; TLS terminates when it names one and passes through otherwise.</summary>
    private static V1GatewayTlsConfig? ToTls(GatewayListenerDraft listener)
    {
        var secret = string.IsNullOrWhiteSpace(listener.CertificateSecretName) ? null : listener.CertificateSecretName.Trim();
        return listener.Protocol switch
        {
            ListenerProtocols.Https => new V1GatewayTlsConfig
            {
                Mode = "Terminate",
                CertificateRefs = secret is null ? null : [new V1SecretObjectReference { Kind = "Secret", Group = "", Name = secret }],
            },
            ListenerProtocols.Tls when secret is not null => new V1GatewayTlsConfig
            {
                Mode = "Terminate",
                CertificateRefs = [new V1SecretObjectReference { Kind = "Secret", Group = "", Name = secret }],
            },
            ListenerProtocols.Tls => new V1GatewayTlsConfig { Mode = "Passthrough" },
            _ => null,
        };
    }
}
