namespace Dashboard.Core.Workloads;

/// <summary>Where a rule's host comes from.</summary>
public enum HostChoice
{
    /// <summary><c>&lt;ingress&gt;.&lt;namespace&gt;.&lt;ip&gt;.&lt;domain&gt;</c>, filled in once the ingress has an address.</summary>
    Generate,

    /// <summary>A DNS-1123 subdomain the user typed; a leading <c>*.</c> wildcard is allowed.</summary>
    Custom,

    /// <summary>No host: the ingress's default backend (one rule at most).</summary>
    DefaultBackend,
}

public sealed class IngressPathDraft
{
    public string Path { get; set; } = "/";

    /// <summary>Prefix, Exact or ImplementationSpecific.</summary>
    public string PathType { get; set; } = "Prefix";

    public string ServiceName { get; set; } = "";

    /// <summary>A port number or the name of one of the Service's ports.</summary>
    public string ServicePort { get; set; } = "";
}

public sealed class IngressRuleDraft
{
    public HostChoice HostChoice { get; set; } = HostChoice.Generate;

    /// <summary>Custom only.</summary>
    public string? Host { get; set; }

    public List<IngressPathDraft> Paths { get; set; } = [new()];
}

public sealed class IngressTlsDraft
{
    /// <summary>Hosts of this ingress's Custom rules covered by the certificate.</summary>
    public List<string> Hosts { get; set; } = [];

    /// <summary>An existing kubernetes.io/tls secret of the namespace, or one cert-manager will create.</summary>
    public string SecretName { get; set; } = "";
}

/// <summary>What the Ingress wizard and <c>POST /api/v1/clusters/{id}/ingresses</c> take.</summary>
public sealed class IngressDraft
{
    public string Namespace { get; set; } = "default";

    public string Name { get; set; } = "";

    /// <summary>An IngressClass of the cluster or a custom class name; null uses the cluster's default class.</summary>
    public string? ClassName { get; set; }

    public List<IngressRuleDraft> Rules { get; set; } = [new()];

    public List<IngressTlsDraft> Tls { get; set; } = [];

    public List<KeyValueDraft> Labels { get; set; } = [];

    public List<KeyValueDraft> Annotations { get; set; } = [];
}

/// <summary>"Expose a TCP/UDP port" through ingress-nginx's tcp-services/udp-services ConfigMap (the Rancher 2.0–2.4 table's *).</summary>
public sealed class PortExposureDraft
{
    public string Protocol { get; set; } = "TCP";

    public int ExternalPort { get; set; }

    public string Namespace { get; set; } = "default";

    public string ServiceName { get; set; } = "";

    public int ServicePort { get; set; }
}
