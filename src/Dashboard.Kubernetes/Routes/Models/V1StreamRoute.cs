using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>A TCPRoute, UDPRoute or TLSRoute (v1 from Gateway API 1.6 for TCP/UDP and 1.5 for TLS; v1alpha2 before): the three share one shape, TLSRoute adds hostnames.</summary>
public sealed class V1StreamRoute : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "gateway.networking.k8s.io/v1";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "TCPRoute";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public V1StreamRouteSpec? Spec { get; set; }

    [JsonPropertyName("status")]
    public V1RouteStatus? Status { get; set; }
}
