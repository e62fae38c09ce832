using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Profiles;

/// <summary>A custom resource a profile starts with, its spec as plain JSON (KubernetesClient has no model for CRDs).</summary>
internal sealed class CustomObject : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = string.Empty;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = string.Empty;

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public JsonObject Spec { get; set; } = [];

    public static CustomObject Create(string apiVersion, string kind, string? ns, string name, JsonObject spec, IDictionary<string, string>? labels = null) => new()
    {
        ApiVersion = apiVersion,
        Kind = kind,
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns, Labels = labels },
        Spec = spec,
    };
}
