using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>One match: path, headers, query parameters and method must all hold.</summary>
public sealed class V1HttpRouteMatch
{
    [JsonPropertyName("path")]
    public V1HttpPathMatch? Path { get; set; }

    [JsonPropertyName("headers")]
    public List<V1HeaderMatch>? Headers { get; set; }

    [JsonPropertyName("queryParams")]
    public List<V1HeaderMatch>? QueryParams { get; set; }

    [JsonPropertyName("method")]
    public string? Method { get; set; }
}
