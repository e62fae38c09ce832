namespace Dashboard.Core.Support;

/// <summary>What a Gateway's <c>status.addresses</c> hold on a platform today, which decides the hostname story.</summary>
public enum GatewayAddressKind
{
    /// <summary>A load balancer's DNS name (EKS, Application Gateway for Containers): map your domain to it with a CNAME.</summary>
    DnsName,

    /// <summary>One routable IP (GKE): an A record, or a generated hostname.</summary>
    Ip,

    /// <summary>The nodes' IPs, given to the controller's LoadBalancer Service by K3s's ServiceLB.</summary>
    NodeIps,

    /// <summary>An IP from MetalLB's pool (or another load balancer installed on the cluster); pending without one.</summary>
    PoolIpOrPending,

    /// <summary>The platform ships no Gateway controller: whatever the one you install gets.</summary>
    FromInstalledController,
}
