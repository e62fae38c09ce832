using Dashboard.Sandbox.Resources.Kinds;

namespace Dashboard.Sandbox.Resources;

/// <summary>
/// The kinds the emulator knows: the slice of the built-in API the dashboard uses, which every
/// cluster serves, plus the custom resources some profiles install (their CRDs).
/// </summary>
internal static class ResourceCatalog
{
    public const string NetworkingGroup = "networking.k8s.io";

    public const string AppsGroup = "apps";

    public const string DiscoveryGroup = "discovery.k8s.io";

    public const string AuthorizationGroup = "authorization.k8s.io";

    public static NamespaceKind Namespaces { get; } = new();

    public static NodeKind Nodes { get; } = new();

    public static ServiceKind Services { get; } = new();

    public static EndpointsKind Endpoints { get; } = new();

    public static PodKind Pods { get; } = new();

    public static ConfigMapKind ConfigMaps { get; } = new();

    public static SecretKind Secrets { get; } = new();

    public static IngressKind Ingresses { get; } = new();

    public static IngressClassKind IngressClasses { get; } = new();

    public static DeploymentKind Deployments { get; } = new();

    public static StatefulSetKind StatefulSets { get; } = new();

    public static DaemonSetKind DaemonSets { get; } = new();

    public static ReplicaSetKind ReplicaSets { get; } = new();

    public static EndpointSliceKind EndpointSlices { get; } = new();

    public static EventKind Events { get; } = new();

    public static SelfSubjectAccessReviewKind SelfSubjectAccessReviews { get; } = new();

    public static SelfSubjectRulesReviewKind SelfSubjectRulesReviews { get; } = new();

    /// <summary>events.k8s.io/v1 Events: a view of the core Events, not stored apart.</summary>
    public static EventsV1Kind EventsV1 { get; } = new();

    /// <summary>MetalLB's pools: served only where a profile installs MetalLB.</summary>
    public static IpAddressPoolKind IpAddressPools { get; } = new();

    /// <summary>What every cluster serves.</summary>
    public static IReadOnlyList<ResourceKind> BuiltIn { get; } =
        [Namespaces, Nodes, Services, Endpoints, Pods, ConfigMaps, Secrets, Events, Deployments, StatefulSets, DaemonSets, ReplicaSets, Ingresses, IngressClasses, EndpointSlices, SelfSubjectAccessReviews, SelfSubjectRulesReviews, EventsV1];

    /// <summary>Every kind the store has room for, served or not.</summary>
    public static IReadOnlyList<ResourceKind> All { get; } = [.. BuiltIn, IpAddressPools];
}
