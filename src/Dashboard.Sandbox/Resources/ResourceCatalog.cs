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

    public static GatewayClassKind GatewayClasses { get; } = new();

    public static GatewayKind Gateways { get; } = new();

    public static HttpRouteKind HttpRoutes { get; } = new();

    public static GrpcRouteKind GrpcRoutes { get; } = new();

    public static ReferenceGrantKind ReferenceGrants { get; } = new();

    public static StreamRouteKind TcpRoutes { get; } = new("TCPRoute", "tcproutes", withHostnames: false,
        "TCPRoute provides a way to route TCP requests. When combined with a Gateway listener, it can be used to forward connections on the port specified by the listener to a set of backends specified by the TCPRoute.");

    public static StreamRouteKind UdpRoutes { get; } = new("UDPRoute", "udproutes", withHostnames: false,
        "UDPRoute provides a way to route UDP traffic. When combined with a Gateway listener, it can be used to forward traffic on the port specified by the listener to a set of backends specified by the UDPRoute.");

    public static StreamRouteKind TlsRoutes { get; } = new("TLSRoute", "tlsroutes", withHostnames: true,
        "The TLSRoute resource is similar to TCPRoute, but can be configured to match against TLS-specific metadata. This allows more flexibility in matching streams for a given TLS listener.");

    /// <summary>The Gateway API CRDs (standard and experimental channel): served only where a profile installs them.</summary>
    public static IReadOnlyList<ResourceKind> GatewayApi { get; } =
        [GatewayClasses, Gateways, HttpRoutes, GrpcRoutes, ReferenceGrants, TcpRoutes, UdpRoutes, TlsRoutes];

    public static HelmChartKind HelmCharts { get; } = new("HelmChart", "helmcharts");

    public static HelmChartKind HelmChartConfigs { get; } = new("HelmChartConfig", "helmchartconfigs");

    /// <summary>K3s's and RKE2's helm-controller kinds.</summary>
    public static IReadOnlyList<ResourceKind> RancherHelm { get; } = [HelmCharts, HelmChartConfigs];

    /// <summary>What every cluster serves.</summary>
    public static IReadOnlyList<ResourceKind> BuiltIn { get; } =
        [Namespaces, Nodes, Services, Endpoints, Pods, ConfigMaps, Secrets, Events, Deployments, StatefulSets, DaemonSets, ReplicaSets, Ingresses, IngressClasses, EndpointSlices, SelfSubjectAccessReviews, SelfSubjectRulesReviews, EventsV1];

    /// <summary>Every kind the store has room for, served or not.</summary>
    public static IReadOnlyList<ResourceKind> All { get; } = [.. BuiltIn, IpAddressPools, .. GatewayApi, .. RancherHelm];
}
