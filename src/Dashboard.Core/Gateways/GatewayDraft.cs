using Dashboard.Core.Drafts;

namespace Dashboard.Core.Gateways;

/// <summary>What the Gateway wizard and <c>POST /api/v1/clusters/{id}/gateways</c> take (gateway.networking.k8s.io/v1 Gateway).</summary>
public sealed class GatewayDraft
{
    public string Namespace { get; set; } = "default";

    public string Name { get; set; } = "";

    /// <summary>A GatewayClass of the cluster (<c>spec.gatewayClassName</c>).</summary>
    public string ClassName { get; set; } = "";

    public List<GatewayListenerDraft> Listeners { get; set; } = [new()];

    /// <summary>
    /// When set, cert-manager (its gateway-shim) makes the certificate of every HTTPS listener whose certificate
    /// source is <see cref="CertificateSource.CertManager"/>: the Gateway gets the <c>cert-manager.io/issuer</c> or
    /// <c>cert-manager.io/cluster-issuer</c> annotation.
    /// </summary>
    public string? CertManagerIssuer { get; set; }

    public CertManagerIssuerKind CertManagerIssuerKind { get; set; } = CertManagerIssuerKind.ClusterIssuer;

    public List<KeyValueDraft> Labels { get; set; } = [];

    public List<KeyValueDraft> Annotations { get; set; } = [];
}

public enum CertManagerIssuerKind
{
    ClusterIssuer,
    Issuer,
}
