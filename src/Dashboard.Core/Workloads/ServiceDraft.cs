namespace Dashboard.Core.Workloads;

/// <summary>The five kinds of Service the wizard offers (Headless is ClusterIP with clusterIP: None).</summary>
public enum ServiceKind
{
    ClusterIP,
    Headless,
    NodePort,
    LoadBalancer,
    ExternalName,
}

public sealed class KeyValueDraft
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}

public sealed class ServicePortDraft
{
    /// <summary>Required when the Service has more than one port (a DNS-1035 label).</summary>
    public string? Name { get; set; }

    public int Port { get; set; } = 80;

    /// <summary>TCP or UDP.</summary>
    public string Protocol { get; set; } = "TCP";

    /// <summary>A port number or a named container port; empty means the same as <see cref="Port"/>.</summary>
    public string? TargetPort { get; set; }

    /// <summary>NodePort/LoadBalancer only; null lets the cluster choose from its node port range.</summary>
    public int? NodePort { get; set; }
}

/// <summary>What the Service wizard and <c>POST /api/v1/clusters/{id}/services</c> take.</summary>
public sealed class ServiceDraft
{
    public string Namespace { get; set; } = "default";

    /// <summary>Create <see cref="Namespace"/> first when it does not exist.</summary>
    public bool CreateNamespace { get; set; }

    public string Name { get; set; } = "";

    public ServiceKind Type { get; set; } = ServiceKind.ClusterIP;

    /// <summary>ExternalName only: the DNS name the Service aliases.</summary>
    public string? ExternalName { get; set; }

    public List<ServicePortDraft> Ports { get; set; } = [new()];

    public List<KeyValueDraft> Selector { get; set; } = [];

    public List<KeyValueDraft> Labels { get; set; } = [];
}
