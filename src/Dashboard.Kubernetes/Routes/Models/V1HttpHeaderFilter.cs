using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>RequestHeaderModifier / ResponseHeaderModifier: set, add, remove.</summary>
public sealed class V1HttpHeaderFilter
{
    [JsonPropertyName("set")]
    public List<V1HttpHeader>? Set { get; set; }

    [JsonPropertyName("add")]
    public List<V1HttpHeader>? Add { get; set; }

    [JsonPropertyName("remove")]
    public List<string>? Remove { get; set; }
}
