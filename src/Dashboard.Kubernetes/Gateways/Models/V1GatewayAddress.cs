using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary>An address asked for (<c>spec.addresses[]</c>) or given (<c>status.addresses[]</c>): type IPAddress, Hostname or an implementation's own.</summary>
public sealed class V1GatewayAddress
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("value")]
    public string Value { get; set; } = "";
}
