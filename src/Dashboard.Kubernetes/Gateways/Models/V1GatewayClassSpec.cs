using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary><c>spec</c> of a GatewayClass.</summary>
public sealed class V1GatewayClassSpec
{
    [JsonPropertyName("controllerName")]
    public string ControllerName { get; set; } = "";

    [JsonPropertyName("description")]
    public string? Description { get; set; }
}
