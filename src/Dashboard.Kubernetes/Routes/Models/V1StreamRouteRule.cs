using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>One TCP/UDP/TLS route rule: its backends.</summary>
public sealed class V1StreamRouteRule
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("backendRefs")]
    public List<V1BackendRef>? BackendRefs { get; set; }
}
