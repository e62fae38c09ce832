using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary>A route kind a listener takes (<c>allowedRoutes.kinds[]</c>, <c>status.listeners[].supportedKinds[]</c>).</summary>
public sealed class V1RouteGroupKind
{
    [JsonPropertyName("group")]
    public string? Group { get; set; }

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "";
}
