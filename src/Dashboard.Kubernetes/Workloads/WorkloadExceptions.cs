namespace Dashboard.Kubernetes.Workloads;

/// <summary>
/// The API server refused a change (403, 404, 409, 422…). <see cref="StatusCode"/> is its HTTP status, so the web
/// layer can answer with the same one; the message is the server's own Status message, with what was done before.
/// </summary>
public sealed class WorkloadRejectedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}

/// <summary>The external port is already exposed through ingress-nginx for another Service (409).</summary>
public sealed class PortTakenException(PortExposure owner)
    : Exception($"port {owner.ExternalPort}/{owner.Protocol} is already exposed for {owner.Namespace}/{owner.ServiceName}:{owner.ServicePort}")
{
    public PortExposure Owner { get; } = owner;
}

/// <summary>ingress-nginx's tcp-services/udp-services ConfigMap does not exist, so ports cannot be exposed through it.</summary>
public sealed class IngressNginxConfigMapMissingException(string configMap)
    : Exception($"ingress-nginx's ConfigMap '{configMap}' is not installed in namespace '{PortExposureService.NginxNamespace}'. " +
                "Install ingress-nginx with TCP/UDP services enabled (--tcp-services-configmap / --udp-services-configmap), " +
                "or expose the Service as a NodePort or LoadBalancer instead.")
{
    public string ConfigMap { get; } = configMap;
}

/// <summary>
/// The live ingress uses something the wizard cannot show (a resource backend, a rule without HTTP paths): editing
/// it there would drop that part, so it is not offered. The message says what and where.
/// </summary>
public sealed class IngressNotEditableException(string ns, string name, string reason)
    : Exception($"The Ingress {ns}/{name} cannot be edited in the wizard: {reason}. Edit its YAML with kubectl instead: kubectl edit ingress {name} -n {ns}")
{
    public string Reason { get; } = reason;
}
