using System.Text.Json.Serialization;
using k8s.Models;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary><c>allowedRoutes.namespaces</c>: <c>from</c> Same (the default), All or Selector.</summary>
public sealed class V1RouteNamespaces
{
    [JsonPropertyName("from")]
    public string? From { get; set; }

    [JsonPropertyName("selector")]
    public V1LabelSelector? Selector { get; set; }
}
