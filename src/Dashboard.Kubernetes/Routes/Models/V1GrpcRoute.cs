using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>A GRPCRoute (gateway.networking.k8s.io/v1).</summary>
public sealed class V1GrpcRoute : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "gateway.networking.k8s.io/v1";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "GRPCRoute";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public V1GrpcRouteSpec? Spec { get; set; }

    [JsonPropertyName("status")]
    public V1RouteStatus? Status { get; set; }
}
