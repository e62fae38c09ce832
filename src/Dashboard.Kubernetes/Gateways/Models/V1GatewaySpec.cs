using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary><c>spec</c> of a Gateway.</summary>
public sealed class V1GatewaySpec
{
    [JsonPropertyName("gatewayClassName")]
    public string GatewayClassName { get; set; } = "";

    [JsonPropertyName("listeners")]
    public List<V1Listener>? Listeners { get; set; }

    [JsonPropertyName("addresses")]
    public List<V1GatewayAddress>? Addresses { get; set; }
}
