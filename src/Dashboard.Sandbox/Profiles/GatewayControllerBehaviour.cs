namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// The platform's Gateway API controllers: which controllerNames they answer to (with the protocols each
/// programs), where Gateways get their addresses, and, for Traefik under K3s/RKE2, the HelmChartConfig
/// whose values switch its Gateway provider (and so its class) on.
/// </summary>
internal sealed record GatewayControllerBehaviour
{
    public const string TraefikController = "traefik.io/gateway-controller";

    /// <summary>No Gateway API controller: Gateways and routes keep the CRDs' pending status.</summary>
    public static GatewayControllerBehaviour None { get; } = new() { Implementations = [], Addressing = GatewayAddressing.NodeIps };

    public required IReadOnlyList<GatewayImplementation> Implementations { get; init; }

    public required GatewayAddressing Addressing { get; init; }

    /// <summary>The HelmChartConfig (in kube-system) whose <c>providers.kubernetesGateway.enabled</c> makes class <c>traefik</c>; null where no chart switch exists.</summary>
    public string? TraefikChart { get; init; }

    /// <summary>The implementation behind <paramref name="controllerName"/>, or null when none of this platform's answers to it.</summary>
    public GatewayImplementation? Find(string? controllerName) => Implementations.FirstOrDefault(i => i.ControllerName == controllerName);

    /// <summary>The AWS Load Balancer Controller: ALB for HTTP(S), NLB for TCP/UDP, each Gateway an ELB DNS name.</summary>
    public static GatewayControllerBehaviour AwsLoadBalancerController(string region) => new()
    {
        Implementations =
        [
            new("gateway.k8s.aws/alb", GatewayImplementation.HttpProtocols),
            new("gateway.k8s.aws/nlb", ["TCP", "UDP"]),
        ],
        Addressing = GatewayAddressing.ElbHostname($"elb.{region}.amazonaws.com"),
    };

    /// <summary>GKE's Gateway controller (one controllerName for all its classes): an IP per Gateway.</summary>
    public static GatewayControllerBehaviour GkeGatewayController(string range) => new()
    {
        Implementations = [new("networking.gke.io/gateway", GatewayImplementation.HttpProtocols)],
        Addressing = GatewayAddressing.IpFromRange(range),
    };

    /// <summary>Application Gateway for Containers' ALB Controller.</summary>
    public static GatewayControllerBehaviour AzureAlbController { get; } = new()
    {
        Implementations = [new("alb.networking.azure.io/alb-controller", GatewayImplementation.HttpProtocols)],
        Addressing = GatewayAddressing.AzureAlbHostname,
    };

    /// <summary>RKE2's Traefik: host ports on every node; its Gateway provider off until the chart's values turn it on.</summary>
    public static GatewayControllerBehaviour TraefikOnNodes(string chart) => new()
    {
        Implementations = [new(TraefikController, GatewayImplementation.AllProtocols)],
        Addressing = GatewayAddressing.NodeIps,
        TraefikChart = chart,
    };

    /// <summary>K3s's Traefik: behind its LoadBalancer Service in kube-system (ServiceLB gives it the node IPs).</summary>
    public static GatewayControllerBehaviour TraefikBehindService(string chart, string service) => new()
    {
        Implementations = [new(TraefikController, GatewayImplementation.AllProtocols)],
        Addressing = GatewayAddressing.ServiceIps("kube-system", service),
        TraefikChart = chart,
    };

    /// <summary>Envoy Gateway in <paramref name="ns"/>: a LoadBalancer Service per Gateway.</summary>
    public static GatewayControllerBehaviour EnvoyGateway(string ns) => new()
    {
        Implementations = [new("gateway.envoyproxy.io/gatewayclass-controller", GatewayImplementation.AllProtocols)],
        Addressing = GatewayAddressing.ServicePerGateway(ns),
    };
}
