using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary>Which routes may attach to a listener: from which namespaces, of which kinds.</summary>
public sealed class V1AllowedRoutes
{
    [JsonPropertyName("namespaces")]
    public V1RouteNamespaces? Namespaces { get; set; }

    [JsonPropertyName("kinds")]
    public List<V1RouteGroupKind>? Kinds { get; set; }
}
