using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>One HTTPRoute rule: matches (any one selects it), filters, weighted backends, timeouts.</summary>
public sealed class V1HttpRouteRule
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("matches")]
    public List<V1HttpRouteMatch>? Matches { get; set; }

    [JsonPropertyName("filters")]
    public List<V1HttpRouteFilter>? Filters { get; set; }

    [JsonPropertyName("backendRefs")]
    public List<V1BackendRef>? BackendRefs { get; set; }

    [JsonPropertyName("timeouts")]
    public V1HttpRouteTimeouts? Timeouts { get; set; }
}
