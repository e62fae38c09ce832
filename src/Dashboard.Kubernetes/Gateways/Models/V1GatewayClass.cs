using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary>A GatewayClass (gateway.networking.k8s.io/v1, cluster-scoped): which controller serves Gateways of this class.</summary>
public sealed class V1GatewayClass : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "gateway.networking.k8s.io/v1";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "GatewayClass";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public V1GatewayClassSpec? Spec { get; set; }

    [JsonPropertyName("status")]
    public V1GatewayClassStatus? Status { get; set; }
}
