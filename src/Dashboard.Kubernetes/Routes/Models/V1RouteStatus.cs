using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary><c>status</c> of any route: one entry per parent and controller.</summary>
public sealed class V1RouteStatus
{
    [JsonPropertyName("parents")]
    public List<V1RouteParentStatus>? Parents { get; set; }
}
