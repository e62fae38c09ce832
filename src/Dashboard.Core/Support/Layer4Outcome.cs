namespace Dashboard.Core.Support;

/// <summary>What a new LoadBalancer Service gets on a cluster, and from whom.</summary>
public enum Layer4Outcome
{
    /// <summary>The platform's cloud provider gives it an address.</summary>
    FromPlatform,

    /// <summary>MetalLB, installed on the cluster, gives it an IP from an address pool.</summary>
    FromMetalLb,

    /// <summary>Something else installed on the cluster gave LoadBalancer Services addresses.</summary>
    FromCluster,

    /// <summary>Nothing gives it an address: its external address stays pending.</summary>
    StaysPending,

    /// <summary>The platform is not known and nothing was observed yet.</summary>
    Unknown,
}
