using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>A path match: PathPrefix (the default, value <c>/</c>), Exact or RegularExpression.</summary>
public sealed class V1HttpPathMatch
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }
}
