using Dashboard.Core.Providers;
using Dashboard.Sandbox.Resources;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// One emulated platform: data (nodes, extra objects) plus a choice of load balancer and ingress
/// controller behaviour. Every cluster also gets the baseline namespaces and the <c>kubernetes</c>
/// Service (see <see cref="InitialObjects"/>).
/// </summary>
internal sealed record SandboxProfile
{
    public required string Name { get; init; }

    public string KubernetesVersion { get; init; } = ClusterObjects.DefaultKubernetesVersion;

    public required IReadOnlyList<V1Node> Nodes { get; init; }

    /// <summary>Namespaces and objects to create after the baseline, in order (a namespace before its contents).</summary>
    public IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Objects { get; init; } = [];

    /// <summary>Custom resources the platform installs (MetalLB's <c>IPAddressPool</c>), served besides the built-in kinds.</summary>
    public IReadOnlyList<ResourceKind> CustomResources { get; init; } = [];

    /// <summary>Where the kubelet's pods get their IPs.</summary>
    public PodNetwork PodNetwork { get; init; } = PodNetwork.Default;

    /// <summary>What a Service of type LoadBalancer gets from the "cloud".</summary>
    public LoadBalancerBehaviour LoadBalancer { get; init; } = LoadBalancerBehaviour.Pending;

    /// <summary>Which ingress class is served, and what its controller writes in an Ingress's status.</summary>
    public IngressControllerBehaviour IngressController { get; init; } = IngressControllerBehaviour.None;

    /// <summary>Which Gateway API controllers run, and what they write in Gateway and route status.</summary>
    public GatewayControllerBehaviour GatewayController { get; init; } = GatewayControllerBehaviour.None;

    /// <summary>The kinds a cluster of this profile serves through discovery and routing.</summary>
    public ServedKinds Served => new(CustomResources);

    /// <summary>The row of the support matrix this profile emulates.</summary>
    public ProviderKind ProviderKind => ProviderKinds.FromSandboxProfile(Name) ?? ProviderKind.Unknown;
}
