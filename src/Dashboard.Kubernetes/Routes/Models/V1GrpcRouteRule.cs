using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>One GRPCRoute rule.</summary>
public sealed class V1GrpcRouteRule
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("matches")]
    public List<V1GrpcRouteMatch>? Matches { get; set; }

    [JsonPropertyName("backendRefs")]
    public List<V1BackendRef>? BackendRefs { get; set; }
}
