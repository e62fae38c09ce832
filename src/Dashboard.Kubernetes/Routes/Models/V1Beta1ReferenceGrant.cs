using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>A ReferenceGrant (gateway.networking.k8s.io/v1beta1): lets objects of another namespace refer to objects of this one.</summary>
public sealed class V1Beta1ReferenceGrant : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "gateway.networking.k8s.io/v1beta1";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "ReferenceGrant";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public V1Beta1ReferenceGrantSpec? Spec { get; set; }
}
