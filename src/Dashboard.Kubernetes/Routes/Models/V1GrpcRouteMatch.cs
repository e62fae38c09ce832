using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>One GRPCRoute match: the method and headers.</summary>
public sealed class V1GrpcRouteMatch
{
    [JsonPropertyName("method")]
    public V1GrpcMethodMatch? Method { get; set; }

    [JsonPropertyName("headers")]
    public List<V1HeaderMatch>? Headers { get; set; }
}
