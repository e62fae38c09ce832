using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>An HTTPRoute (gateway.networking.k8s.io/v1).</summary>
public sealed class V1HttpRoute : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "gateway.networking.k8s.io/v1";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "HTTPRoute";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public V1HttpRouteSpec? Spec { get; set; }

    [JsonPropertyName("status")]
    public V1RouteStatus? Status { get; set; }
}
