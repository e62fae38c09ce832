using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>Which kind in which namespace may refer.</summary>
public sealed class V1ReferenceGrantFrom
{
    [JsonPropertyName("group")]
    public string Group { get; set; } = "";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "";

    [JsonPropertyName("namespace")]
    public string Namespace { get; set; } = "";
}
