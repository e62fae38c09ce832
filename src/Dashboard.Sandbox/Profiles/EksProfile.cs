using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// Amazon EKS in eu-west-1: a managed node group across three zones, the AWS cloud provider
/// giving LoadBalancer Services an ELB DNS name (no IP), and the AWS Load Balancer Controller
/// (class <c>alb</c>) giving each Ingress an ALB DNS name: users point a CNAME at it.
/// </summary>
internal static class EksProfile
{
    private const string Region = "eu-west-1";
    private const string ElbSuffix = Region + ".elb.amazonaws.com";
    private const string KubeletVersion = "v1.32.3-eks-473151a";

    public static SandboxProfile Profile { get; } = new()
    {
        Name = "eks",
        KubernetesVersion = "v1.32.3-eks-4096722",
        Nodes = Enumerable.Range(0, 3).Select(i =>
        {
            // One node per zone, each in its zone's subnet; public subnets, so each has a public IP.
            var zone = $"{Region}{(char)('a' + i)}";
            var internalIp = $"10.0.{i + 1}.27";
            return ClusterObjects.Node(
                $"ip-10-0-{i + 1}-27.{Region}.compute.internal",
                internalIp,
                $"192.0.2.{10 + i}",
                new Dictionary<string, string>
                {
                    ["eks.amazonaws.com/nodegroup"] = "ng-1",
                    ["eks.amazonaws.com/capacityType"] = "ON_DEMAND",
                    ["eks.amazonaws.com/nodegroup-image"] = "ami-0c1d2e3f4a5b6c7d8",
                    ["node.kubernetes.io/instance-type"] = "m5.large",
                    ["topology.kubernetes.io/region"] = Region,
                    ["topology.kubernetes.io/zone"] = zone,
                    ["topology.k8s.aws/zone-id"] = $"euw1-az{i + 1}",
                },
                new Dictionary<string, string>
                {
                    ["alpha.kubernetes.io/provided-node-ip"] = internalIp,
                    ["node.alpha.kubernetes.io/ttl"] = "0",
                },
                providerId: $"aws:///{zone}/i-0abc{i}f3e9d2c71b5a4",
                kubeletVersion: KubeletVersion,
                osImage: "Amazon Linux 2023.7.20250428");
        }).ToList(),
        Objects =
        [
            ClusterObjects.IngressClass("alb", "ingress.k8s.aws/alb", isDefault: true),
            ClusterObjects.GatewayClass("alb", "gateway.k8s.aws/alb"),
            ClusterObjects.GatewayClass("nlb", "gateway.k8s.aws/nlb"),
        ],
        PodNetwork = PodNetwork.NodeSubnet(100), // the AWS VPC CNI: secondary IPs of the node's subnet
        LoadBalancer = LoadBalancerBehaviour.DnsName(ElbSuffix),
        IngressController = IngressControllerBehaviour.DnsName("alb", ElbSuffix),
        CustomResources = ResourceCatalog.GatewayApi,
        GatewayController = GatewayControllerBehaviour.AwsLoadBalancerController(Region),
    };
}
