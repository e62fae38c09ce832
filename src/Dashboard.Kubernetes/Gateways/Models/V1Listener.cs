using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary>One <c>spec.listeners[]</c> entry.</summary>
public sealed class V1Listener
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("hostname")]
    public string? Hostname { get; set; }

    [JsonPropertyName("port")]
    public int Port { get; set; }

    [JsonPropertyName("protocol")]
    public string Protocol { get; set; } = "";

    [JsonPropertyName("tls")]
    public V1GatewayTlsConfig? Tls { get; set; }

    [JsonPropertyName("allowedRoutes")]
    public V1AllowedRoutes? AllowedRoutes { get; set; }
}
