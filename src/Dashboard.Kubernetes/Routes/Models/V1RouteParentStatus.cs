using System.Text.Json.Serialization;
using k8s.Models;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary><c>status.parents[]</c>: what one controller says about the route on one parent (Accepted, ResolvedRefs, …).</summary>
public sealed class V1RouteParentStatus
{
    [JsonPropertyName("parentRef")]
    public V1RouteParentReference ParentRef { get; set; } = new();

    [JsonPropertyName("controllerName")]
    public string ControllerName { get; set; } = "";

    [JsonPropertyName("conditions")]
    public List<V1Condition>? Conditions { get; set; }
}
