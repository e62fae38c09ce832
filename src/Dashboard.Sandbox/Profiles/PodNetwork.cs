namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// Where a platform's pods get their IPs. Most CNIs give each node a /24 of the cluster CIDR
/// (flannel/canal on RKE: 10.42.0.0/16; kubeadm and AKS kubenet: 10.244.0.0/16; GKE: 10.4.0.0/14);
/// the AWS VPC CNI hands out secondary IPs of the node's own subnet. Addresses are deterministic:
/// a node's pods take the lowest free host of its block.
/// </summary>
internal abstract record PodNetwork
{
    /// <summary>The k8s default seen on kubeadm clusters: 10.244.0.0/16, a /24 per node.</summary>
    public static PodNetwork Default { get; } = PerNode("10.244");

    /// <summary>A /24 per node out of <c>&lt;prefix&gt;.0.0/16</c> (or wider): node N gets <c>&lt;prefix&gt;.N.0/24</c>.</summary>
    public static PodNetwork PerNode(string prefix) => new PerNodeBlock(prefix);

    /// <summary>Secondary IPs of the node's own /24, from <paramref name="firstHost"/> on.</summary>
    public static PodNetwork NodeSubnet(int firstHost) => new SubnetOfNode(firstHost);

    /// <summary>The address of a node's <paramref name="ordinal"/>-th free slot (0 is the first), or null when the block is full.</summary>
    public abstract string? Address(int nodeIndex, string nodeIp, int ordinal);

    private sealed record PerNodeBlock(string Prefix) : PodNetwork
    {
        // .0 is the network and .1 the node's bridge (cni0), as flannel lays them out.
        public override string? Address(int nodeIndex, string nodeIp, int ordinal) =>
            ordinal + 2 <= 254 ? $"{Prefix}.{nodeIndex}.{ordinal + 2}" : null;
    }

    private sealed record SubnetOfNode(int FirstHost) : PodNetwork
    {
        public override string? Address(int nodeIndex, string nodeIp, int ordinal)
        {
            var host = FirstHost + ordinal;
            return host <= 254 ? $"{nodeIp[..(nodeIp.LastIndexOf('.') + 1)]}{host}" : null;
        }
    }
}
