using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary>A reference to a Secret (or another kind) holding a certificate; the namespace defaults to the Gateway's.</summary>
public sealed class V1SecretObjectReference
{
    [JsonPropertyName("group")]
    public string? Group { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }
}
