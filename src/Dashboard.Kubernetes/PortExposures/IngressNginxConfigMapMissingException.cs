namespace Dashboard.Kubernetes.PortExposures;

/// <summary>ingress-nginx's tcp-services/udp-services ConfigMap does not exist, so ports cannot be exposed through it.</summary>
public sealed class IngressNginxConfigMapMissingException(string configMap)
    : Exception($"ingress-nginx's ConfigMap '{configMap}' is not installed in namespace '{PortExposureService.NginxNamespace}'. " +
                "Install ingress-nginx with TCP/UDP services enabled (--tcp-services-configmap / --udp-services-configmap), " +
                "or expose the Service as a NodePort or LoadBalancer instead.")
{
    public string ConfigMap { get; } = configMap;
}
