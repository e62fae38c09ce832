namespace Dashboard.Sandbox.Tests.Support;

public enum LoadBalancerOutcome
{
    /// <summary>An ELB-style DNS name, no IP.</summary>
    Hostname,

    /// <summary>An IP from the platform's pool.</summary>
    Ip,

    /// <summary>Nothing: EXTERNAL-IP stays &lt;pending&gt;.</summary>
    Pending,
}

public enum IngressOutcome
{
    /// <summary>ingress-nginx: the external IP of every node.</summary>
    NodeIps,

    /// <summary>Google's load balancer: one IP that is not a node's.</summary>
    OneIp,

    /// <summary>AWS ALB: a DNS name.</summary>
    Hostname,

    /// <summary>No controller: no address, ever.</summary>
    None,
}

/// <summary>
/// What a profile's cluster must look like, written out by hand from the support matrix, src/Dashboard.Sandbox/README.md and the
/// platforms' conventions, so the tests compare the sandbox against the spec rather than itself.
/// </summary>
public sealed record ProfileExpectation(
    string Profile,
    string? ProviderIdPrefix,
    (string Key, string Value) FirstNodeLabel,
    string[] ExternalIps,
    LoadBalancerOutcome LoadBalancer,
    string? FirstLoadBalancerIp,
    IngressOutcome Ingress,
    string? OneIngressIp,
    (string Name, string Controller)? IngressClass,
    bool HasIngressNginxNamespace,
    bool HasLayer4ConfigMaps)
{
    public bool IsRke => Profile.StartsWith("rke-", StringComparison.Ordinal);
}
