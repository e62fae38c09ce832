using Dashboard.Kubernetes.Telemetry;

namespace Dashboard.Kubernetes.Tests.Telemetry;

/// <summary>The request metrics name the verb and resource from the path's shape, and nothing of the path itself gets through.</summary>
public class KubernetesRequestShapeTests
{
    [Theory]
    [InlineData("GET", "https://k8s.example/api/v1/namespaces/default/services?limit=500", "list", "services")]
    [InlineData("GET", "https://k8s.example/api/v1/namespaces/default/services/web", "get", "services")]
    [InlineData("GET", "https://k8s.example/apis/networking.k8s.io/v1/ingresses?watch=true&resourceVersion=42", "watch", "ingresses")]
    [InlineData("GET", "https://k8s.example/api/v1/namespaces", "list", "namespaces")]
    [InlineData("GET", "https://k8s.example/api/v1/namespaces/kube-system", "get", "namespaces")]
    [InlineData("POST", "https://k8s.example/api/v1/namespaces/default/services?dryRun=All", "create", "services")]
    [InlineData("PUT", "https://k8s.example/apis/networking.k8s.io/v1/namespaces/shop/ingresses/web", "update", "ingresses")]
    [InlineData("PATCH", "https://k8s.example/apis/networking.k8s.io/v1/namespaces/shop/ingresses/web/status", "patch", "ingresses")]
    [InlineData("DELETE", "https://k8s.example/api/v1/namespaces/default/services/web", "delete", "services")]
    [InlineData("GET", "https://k8s.example/version", "get", "version")]
    [InlineData("GET", "https://k8s.example/apis/networking.k8s.io/v1", "get", "discovery")]
    [InlineData("GET", "https://k8s.example/api/v1/namespaces/default/Secret%20Name%20With%20Spaces", "list", "other")]
    public void AnApiServerRequestIsNamedByItsVerbAndResource(string method, string url, string verb, string resource)
    {
        var shape = KubernetesRequestShape.Of(new HttpMethod(method), new Uri(url));

        shape.Verb.ShouldBe(verb);
        shape.Resource.ShouldBe(resource);
    }
}
