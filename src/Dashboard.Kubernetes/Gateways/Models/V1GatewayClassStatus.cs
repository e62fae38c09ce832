using System.Text.Json.Serialization;
using k8s.Models;

namespace Dashboard.Kubernetes.Gateways.Models;

/// <summary><c>status</c> of a GatewayClass: Accepted and SupportedVersion.</summary>
public sealed class V1GatewayClassStatus
{
    [JsonPropertyName("conditions")]
    public List<V1Condition>? Conditions { get; set; }
}
