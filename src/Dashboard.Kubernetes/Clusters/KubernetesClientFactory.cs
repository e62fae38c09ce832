using Dashboard.Kubernetes.Kubeconfigs;
using Dashboard.Kubernetes.Networks;
using k8s;
using k8s.KubeConfigModels;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>Builds a KubernetesClient from a kubeconfig, always through the sanitiser and the address policy.</summary>
public static class KubernetesClientFactory
{
    /// <summary>A request that has not finished by then is abandoned; a page never hangs on a slow cluster.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);

    /// <param name="policy">Judges every address the client connects to (docs/decisions/0012); there is no client without one.</param>
    /// <param name="handlers">Outermost first, around the client's own HTTP handler (request metrics, say).</param>
    /// <exception cref="KubeconfigRejectedException">the kubeconfig is not safe or not usable.</exception>
    public static IKubernetes Create(string kubeconfigYaml, string? contextName, ClusterAddressPolicy policy, params DelegatingHandler[] handlers)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var sanitized = KubeconfigSanitizer.Sanitize(kubeconfigYaml, contextName);
        var model = KubernetesYaml.Deserialize<K8SConfiguration>(sanitized.Yaml);
        var configuration = KubernetesClientConfiguration.BuildConfigFromConfigObject(model, sanitized.ContextName);
        configuration.HttpClientTimeout = RequestTimeout;
        configuration.FirstMessageHandlerSetup = handler =>
        {
            // The policy judges the address the connection really goes to: through a proxy it would judge the proxy's.
            handler.UseProxy = false;
            // A redirect would lead to an address nobody registered; the 3xx is reported instead.
            handler.AllowAutoRedirect = false;
            handler.ConnectCallback = (context, cancellationToken) => PolicyConnection.ConnectAsync(policy, context.DnsEndPoint, cancellationToken);
        };
        return new k8s.Kubernetes(configuration, handlers);
    }
}
