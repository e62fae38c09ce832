using Dashboard.Kubernetes.Gateways.Models;
using Dashboard.Kubernetes.Routes.Models;
using k8s.Models;

namespace Dashboard.Benchmarks.Routes;

/// <summary>The objects the route benchmark writes: GKE's managed class, a few HTTP Gateways, Services and the routes on them.</summary>
internal static class GatewayApiObjects
{
    public const string Group = "gateway.networking.k8s.io";
    public const string Version = "v1";

    /// <summary>GKE's class for a global external Application Load Balancer (the sandbox's gke profile has it).</summary>
    public const string ClassName = "gke-l7-global-external-managed";

    public static V1GatewayClass GatewayClass() => new()
    {
        Metadata = new V1ObjectMeta { Name = ClassName },
        Spec = new V1GatewayClassSpec { ControllerName = "networking.gke.io/gateway" },
    };

    public static string GatewayName(int g) => $"gw-{g}";

    public static V1Gateway Gateway(int g) => new()
    {
        Metadata = new V1ObjectMeta { Name = GatewayName(g) },
        Spec = new V1GatewaySpec
        {
            GatewayClassName = ClassName,
            Listeners = [new V1Listener { Name = "http", Port = 80, Protocol = "HTTP" }],
        },
    };

    public static string ServiceName(int s) => $"svc-{s:D3}";

    public static V1Service Service(int s) => new()
    {
        Metadata = new V1ObjectMeta { Name = ServiceName(s) },
        Spec = new V1ServiceSpec
        {
            Selector = new Dictionary<string, string> { ["app"] = ServiceName(s) },
            Ports = [new V1ServicePort { Name = "http", Port = 80, TargetPort = 8080 }],
        },
    };

    public static string RouteName(int i) => $"route-{i:D5}";

    /// <summary>Route <paramref name="i"/>: its own host, on Gateway <c>i % gateways</c>, sent to Service <c>i % services</c>.</summary>
    public static V1HttpRoute Route(int i, int gateways, int services, string? host = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = RouteName(i), Labels = new Dictionary<string, string> { ["team"] = $"team-{i % 20}" } },
        Spec = new V1HttpRouteSpec
        {
            ParentRefs = [new V1RouteParentReference { Group = Group, Kind = "Gateway", Name = GatewayName(i % gateways) }],
            Hostnames = [host ?? $"{RouteName(i)}.example.com"],
            Rules =
            [
                new V1HttpRouteRule
                {
                    Matches = [new V1HttpRouteMatch { Path = new V1HttpPathMatch { Type = "PathPrefix", Value = "/" } }],
                    BackendRefs = [new V1BackendRef { Name = ServiceName(i % services), Port = 80 }],
                },
            ],
        },
    };
}
