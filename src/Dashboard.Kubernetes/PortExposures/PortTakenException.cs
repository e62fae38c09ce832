namespace Dashboard.Kubernetes.PortExposures;

/// <summary>The external port is already exposed through ingress-nginx for another Service (409).</summary>
public sealed class PortTakenException(PortExposure owner)
    : Exception($"port {owner.ExternalPort}/{owner.Protocol} is already exposed for {owner.Namespace}/{owner.ServiceName}:{owner.ServicePort}")
{
    public PortExposure Owner { get; } = owner;
}
