using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>RequestRedirect: the parts of the URL to change and the status code.</summary>
public sealed class V1HttpRequestRedirectFilter
{
    [JsonPropertyName("scheme")]
    public string? Scheme { get; set; }

    [JsonPropertyName("hostname")]
    public string? Hostname { get; set; }

    [JsonPropertyName("path")]
    public V1HttpPathModifier? Path { get; set; }

    [JsonPropertyName("port")]
    public int? Port { get; set; }

    [JsonPropertyName("statusCode")]
    public int? StatusCode { get; set; }
}
