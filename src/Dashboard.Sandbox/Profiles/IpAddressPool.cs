using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Profiles;

/// <summary>MetalLB's <c>IPAddressPool</c> as a typed object, so a profile can start with it like any other object (KubernetesClient has no model for CRDs).</summary>
internal sealed class IpAddressPool : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "metallb.io/v1beta1";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "IPAddressPool";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public PoolSpec Spec { get; set; } = new();

    public static IpAddressPool Create(string ns, string name, params string[] addresses) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
        Spec = new PoolSpec { Addresses = addresses },
    };

    internal sealed class PoolSpec
    {
        [JsonPropertyName("addresses")]
        public IList<string> Addresses { get; set; } = [];

        [JsonPropertyName("autoAssign")]
        public bool AutoAssign { get; set; } = true;

        [JsonPropertyName("avoidBuggyIPs")]
        public bool AvoidBuggyIps { get; set; }
    }
}
