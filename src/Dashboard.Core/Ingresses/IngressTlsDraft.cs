namespace Dashboard.Core.Ingresses;

public sealed class IngressTlsDraft
{
    /// <summary>Hosts of this ingress's Custom rules covered by the certificate.</summary>
    public List<string> Hosts { get; set; } = [];

    /// <summary>An existing kubernetes.io/tls secret of the namespace, or one cert-manager will create.</summary>
    public string SecretName { get; set; } = "";
}
