namespace Dashboard.Core.PortExposures;

/// <summary>"Expose a TCP/UDP port" through ingress-nginx's tcp-services/udp-services ConfigMap (the Rancher 2.0–2.4 table's *).</summary>
public sealed class PortExposureDraft
{
    public string Protocol { get; set; } = "TCP";

    public int ExternalPort { get; set; }

    public string Namespace { get; set; } = "default";

    public string ServiceName { get; set; } = "";

    public int ServicePort { get; set; }
}
