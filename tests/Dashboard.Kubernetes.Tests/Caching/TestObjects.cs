using Dashboard.Tests.Serving;
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
        client.CoreV1.CreateNamespacedServiceAsync(Objects.Service(name, type), ns, cancellationToken: Cancel);

    public static Task<V1Ingress> CreateIngressAsync(this IKubernetes client, string ns, string name, string host, string? classAnnotation = null) =>
        client.NetworkingV1.CreateNamespacedIngressAsync(
            Objects.Ingress(name, host, annotations: classAnnotation is null ? null : new Dictionary<string, string> { ["kubernetes.io/ingress.class"] = classAnnotation }),
            ns,
            cancellationToken: Cancel);
}
