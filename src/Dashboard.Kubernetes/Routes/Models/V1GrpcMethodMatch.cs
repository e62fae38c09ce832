using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>A gRPC service and method match (Exact or RegularExpression).</summary>
public sealed class V1GrpcMethodMatch
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("service")]
    public string? Service { get; set; }

    [JsonPropertyName("method")]
    public string? Method { get; set; }
}
