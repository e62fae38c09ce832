using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary>A Gateway (gateway.networking.k8s.io/v1): listeners on addresses, programmed by its class's controller.</summary>
public sealed class V1Gateway : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "gateway.networking.k8s.io/v1";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "Gateway";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public V1GatewaySpec? Spec { get; set; }

    [JsonPropertyName("status")]
    public V1GatewayStatus? Status { get; set; }
}
