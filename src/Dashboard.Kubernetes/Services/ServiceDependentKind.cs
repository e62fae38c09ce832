namespace Dashboard.Kubernetes.Services;

/// <summary>What kind of thing stops working when a Service is deleted.</summary>
public enum ServiceDependentKind
{
    /// <summary>An Ingress in the Service's namespace names it in a rule or as its default backend.</summary>
    Ingress,

    /// <summary>A TCP or UDP port exposed through ingress-nginx's tcp-services/udp-services ConfigMap points at it.</summary>
    PortExposure,

    /// <summary>It is <c>default/kubernetes</c>, the address in-cluster clients reach the API server by.</summary>
    ClusterApi,
}
