using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>URLRewrite: the host and path the backend sees.</summary>
public sealed class V1HttpUrlRewriteFilter
{
    [JsonPropertyName("hostname")]
    public string? Hostname { get; set; }

    [JsonPropertyName("path")]
    public V1HttpPathModifier? Path { get; set; }
}
