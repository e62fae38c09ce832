using System.Text.Json.Serialization;
using k8s.Models;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary><c>status.listeners[]</c>: the listener's conditions and how many routes attached to it.</summary>
public sealed class V1ListenerStatus
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("supportedKinds")]
    public List<V1RouteGroupKind>? SupportedKinds { get; set; }

    [JsonPropertyName("attachedRoutes")]
    public int AttachedRoutes { get; set; }

    [JsonPropertyName("conditions")]
    public List<V1Condition>? Conditions { get; set; }
}
