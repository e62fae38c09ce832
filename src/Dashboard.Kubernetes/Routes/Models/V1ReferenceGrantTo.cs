using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>Which kind (optionally which name) may be referred to.</summary>
public sealed class V1ReferenceGrantTo
{
    [JsonPropertyName("group")]
    public string Group { get; set; } = "";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "";

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
