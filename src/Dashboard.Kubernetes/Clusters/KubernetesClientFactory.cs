using Dashboard.Kubernetes.Kubeconfigs;
using k8s;
using k8s.KubeConfigModels;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>Builds a KubernetesClient from a kubeconfig, always through the sanitiser.</summary>
public static class KubernetesClientFactory
{
    /// <summary>A request that has not finished by then is abandoned; a page never hangs on a slow cluster.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);

    /// <param name="handlers">Outermost first, around the client's own HTTP handler (request metrics, say).</param>
    /// <exception cref="KubeconfigRejectedException">the kubeconfig is not safe or not usable.</exception>
    public static IKubernetes Create(string kubeconfigYaml, string? contextName, params DelegatingHandler[] handlers)
    {
        var sanitized = KubeconfigSanitizer.Sanitize(kubeconfigYaml, contextName);
        var model = KubernetesYaml.Deserialize<K8SConfiguration>(sanitized.Yaml);
        var configuration = KubernetesClientConfiguration.BuildConfigFromConfigObject(model, sanitized.ContextName);
        configuration.HttpClientTimeout = RequestTimeout;
        return new k8s.Kubernetes(configuration, handlers);
    }
}
