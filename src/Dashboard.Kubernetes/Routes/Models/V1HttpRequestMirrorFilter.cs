using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>RequestMirror: a copy of each request to another backend.</summary>
public sealed class V1HttpRequestMirrorFilter
{
    [JsonPropertyName("backendRef")]
    public V1BackendRef BackendRef { get; set; } = new();
}
