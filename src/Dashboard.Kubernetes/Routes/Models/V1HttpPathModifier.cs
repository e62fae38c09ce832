using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>How a redirect or rewrite changes the path: ReplaceFullPath or ReplacePrefixMatch.</summary>
public sealed class V1HttpPathModifier
{
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    [JsonPropertyName("replaceFullPath")]
    public string? ReplaceFullPath { get; set; }

    [JsonPropertyName("replacePrefixMatch")]
    public string? ReplacePrefixMatch { get; set; }
}
