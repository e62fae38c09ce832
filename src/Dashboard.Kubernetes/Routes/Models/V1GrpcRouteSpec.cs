using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary><c>spec</c> of a GRPCRoute.</summary>
public sealed class V1GrpcRouteSpec
{
    [JsonPropertyName("parentRefs")]
    public List<V1RouteParentReference>? ParentRefs { get; set; }

    [JsonPropertyName("hostnames")]
    public List<string>? Hostnames { get; set; }

    [JsonPropertyName("rules")]
    public List<V1GrpcRouteRule>? Rules { get; set; }
}
