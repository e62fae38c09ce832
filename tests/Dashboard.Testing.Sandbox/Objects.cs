using k8s.Models;

namespace Dashboard.Tests.Serving;

/// <summary>Small builders for the objects tests create (a Service selecting <c>app=name</c>, an Ingress to <c>web:80</c>).</summary>
public static class Objects
{
    public static V1Service Service(string name, string type = "ClusterIP", int port = 80, IDictionary<string, string>? labels = null, int? nodePort = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Labels = labels },
        Spec = new V1ServiceSpec
        {
            Type = type,
            Selector = new Dictionary<string, string> { ["app"] = name },
            Ports = [new V1ServicePort { Name = "http", Port = port, TargetPort = 8080, NodePort = nodePort }],
        },
    };

    public static V1Ingress Ingress(string name, string host, string? className = null, IDictionary<string, string>? annotations = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Annotations = annotations },
        Spec = new V1IngressSpec
        {
            IngressClassName = className,
            Rules =
            [
                new V1IngressRule
                {
                    Host = host,
                    Http = new V1HTTPIngressRuleValue
                    {
                        Paths =
                        [
                            new V1HTTPIngressPath
                            {
                                Path = "/",
                                PathType = "Prefix",
                                Backend = new V1IngressBackend { Service = new V1IngressServiceBackend { Name = "web", Port = new V1ServiceBackendPort { Number = 80 } } },
                            },
                        ],
                    },
                },
            ],
        },
    };

    public static V1ConfigMap ConfigMap(string name, IDictionary<string, string>? labels = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Labels = labels },
        Data = new Dictionary<string, string> { ["key"] = "value" },
    };

    public static IEnumerable<string> Ips(V1LoadBalancerStatus? status) =>
        status?.Ingress?.Select(ingress => ingress.Ip) ?? [];

    public static IEnumerable<string> Ips(V1IngressLoadBalancerStatus? status) =>
        status?.Ingress?.Select(ingress => ingress.Ip) ?? [];
}
