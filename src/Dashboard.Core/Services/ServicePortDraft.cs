namespace Dashboard.Core.Services;

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
