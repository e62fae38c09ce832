using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary>A listener's <c>tls</c>: Terminate (the default) with certificate references, or Passthrough.</summary>
public sealed class V1GatewayTlsConfig
{
    [JsonPropertyName("mode")]
    public string? Mode { get; set; }

    [JsonPropertyName("certificateRefs")]
    public List<V1SecretObjectReference>? CertificateRefs { get; set; }

    [JsonPropertyName("options")]
    public Dictionary<string, string>? Options { get; set; }
}
