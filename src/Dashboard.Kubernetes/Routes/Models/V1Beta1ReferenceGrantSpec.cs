using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary><c>spec</c> of a ReferenceGrant.</summary>
public sealed class V1Beta1ReferenceGrantSpec
{
    [JsonPropertyName("from")]
    public List<V1ReferenceGrantFrom> From { get; set; } = [];

    [JsonPropertyName("to")]
    public List<V1ReferenceGrantTo> To { get; set; } = [];
}
