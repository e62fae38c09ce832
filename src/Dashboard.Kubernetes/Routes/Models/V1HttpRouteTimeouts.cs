using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>A rule's <c>timeouts</c>, as Gateway API durations (<c>10s</c>).</summary>
public sealed class V1HttpRouteTimeouts
{
    [JsonPropertyName("request")]
    public string? Request { get; set; }

    [JsonPropertyName("backendRequest")]
    public string? BackendRequest { get; set; }
}
