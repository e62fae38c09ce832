using Dashboard.Kubernetes.Gateways.Models;
using Dashboard.Kubernetes.Routes.Models;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Tests.Gateways;

/// <summary>Gateway API objects the tests create behind the cache's back, through the generic custom-object calls.</summary>
public static class GatewayApiObjects
{
    public const string Group = "gateway.networking.k8s.io";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<object> CreateGatewayClassAsync(this IKubernetes client, string name, string controller) =>
        client.CustomObjects.CreateClusterCustomObjectAsync(
            new V1GatewayClass { Metadata = new V1ObjectMeta { Name = name }, Spec = new V1GatewayClassSpec { ControllerName = controller } },
            Group, "v1", "gatewayclasses", cancellationToken: Cancel);

    public static Task<object> CreateGatewayAsync(this IKubernetes client, string ns, string name, string className, params V1Listener[] listeners) =>
        client.CustomObjects.CreateNamespacedCustomObjectAsync(
            new V1Gateway
            {
                Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
                Spec = new V1GatewaySpec
                {
                    GatewayClassName = className,
                    Listeners = listeners.Length == 0 ? [new V1Listener { Name = "http", Protocol = "HTTP", Port = 80 }] : [.. listeners],
                },
            },
            Group, "v1", ns, "gateways", cancellationToken: Cancel);

    public static Task<object> CreateHttpRouteAsync(
        this IKubernetes client, string ns, string name, string gateway, string service, string? gatewayNamespace = null, params string[] hostnames) =>
        client.CustomObjects.CreateNamespacedCustomObjectAsync(
            new V1HttpRoute
            {
                Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
                Spec = new V1HttpRouteSpec
                {
                    ParentRefs = [new V1RouteParentReference { Name = gateway, Namespace = gatewayNamespace }],
                    Hostnames = hostnames.Length == 0 ? null : [.. hostnames],
                    Rules = [new V1HttpRouteRule { BackendRefs = [new V1BackendRef { Name = service, Port = 80 }] }],
                },
            },
            Group, "v1", ns, "httproutes", cancellationToken: Cancel);

    public static Task<object> DeleteHttpRouteAsync(this IKubernetes client, string ns, string name) =>
        client.CustomObjects.DeleteNamespacedCustomObjectAsync(Group, "v1", ns, "httproutes", name, cancellationToken: Cancel);
}
