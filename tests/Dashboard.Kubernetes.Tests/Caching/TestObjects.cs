using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>Objects the cache tests create behind the cache's back, through a client of their own.</summary>
public static class TestObjects
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<V1Namespace> CreateNamespaceAsync(this IKubernetes client, string name) =>
        client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = name } }, cancellationToken: Cancel);

    public static Task<V1Service> CreateServiceAsync(this IKubernetes client, string ns, string name, string type = "ClusterIP") =>
        client.CoreV1.CreateNamespacedServiceAsync(new V1Service
        {
            Metadata = new V1ObjectMeta { Name = name },
            Spec = new V1ServiceSpec
            {
                Type = type,
                Selector = new Dictionary<string, string> { ["app"] = name },
                Ports = [new V1ServicePort { Name = "http", Port = 80, TargetPort = 8080 }],
            },
        }, ns, cancellationToken: Cancel);

    public static Task<V1Ingress> CreateIngressAsync(this IKubernetes client, string ns, string name, string host, string? classAnnotation = null) =>
        client.NetworkingV1.CreateNamespacedIngressAsync(new V1Ingress
        {
            Metadata = new V1ObjectMeta
            {
                Name = name,
                Annotations = classAnnotation is null ? null : new Dictionary<string, string> { ["kubernetes.io/ingress.class"] = classAnnotation },
            },
            Spec = new V1IngressSpec
            {
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
        }, ns, cancellationToken: Cancel);
}
