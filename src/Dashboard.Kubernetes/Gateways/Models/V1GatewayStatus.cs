using System.Text.Json.Serialization;
using k8s.Models;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary><c>status</c> of a Gateway, written by its controller.</summary>
public sealed class V1GatewayStatus
{
    [JsonPropertyName("addresses")]
    public List<V1GatewayAddress>? Addresses { get; set; }

    [JsonPropertyName("conditions")]
    public List<V1Condition>? Conditions { get; set; }

    [JsonPropertyName("listeners")]
    public List<V1ListenerStatus>? Listeners { get; set; }
}
