using Dashboard.Core.Providers;
using Dashboard.Core.Support;
using static Dashboard.Core.Tests.Support.Facts;

namespace Dashboard.Core.Tests.Support;

public class DistributionDetectionTests
{
    // What RKE2 and K3s servers carry besides their own marks: the role labels the RKE rule reads.
    private static readonly Dictionary<string, string> ServerRoles = new()
    {
        ["node-role.kubernetes.io/control-plane"] = "true",
        ["node-role.kubernetes.io/etcd"] = "true",
    };

    private static readonly Dictionary<string, string> Rke2Args = new() { ["rke2.io/node-args"] = "[\"server\"]" };
    private static readonly Dictionary<string, string> K3sArgs = new() { ["k3s.io/node-args"] = "[\"server\"]" };

    [Fact]
    public void Rke2ServersAreRke2NotRkeCustomHosts()
    {
        var detected = ProviderDetection.Detect(Cluster(Three(i => Node($"n{i}", labels: ServerRoles, annotations: Rke2Args))));

        detected.Kind.ShouldBe(ProviderKind.Rke2);
        detected.Evidence.ShouldBe(["annotation rke2.io/node-args on 3 nodes"]);
    }

    [Fact]
    public void Rke2IsRecognisedByItsKubeletVersion()
    {
        var detected = ProviderDetection.Detect(Cluster([Node("n1", labels: ServerRoles) with { KubeletVersion = "v1.36.1+rke2r1" }]));

        detected.Kind.ShouldBe(ProviderKind.Rke2);
        detected.Evidence.ShouldBe(["kubelet v1.36.1+rke2r1 on 1 node"]);
    }

    [Fact]
    public void Rke2OnEc2IsRke2NotRkeOnEc2()
    {
        var detected = ProviderDetection.Detect(Cluster(Three(i => Node($"n{i}", $"aws:///eu-west-1a/i-{i}", ServerRoles, Rke2Args))));

        detected.Kind.ShouldBe(ProviderKind.Rke2);
    }

    [Fact]
    public void K3sIsRecognisedByItsAnnotation() =>
        ProviderDetection.Detect(Cluster([Node("n1", labels: ServerRoles, annotations: K3sArgs)])).Kind.ShouldBe(ProviderKind.K3s);

    [Fact]
    public void K3sIsRecognisedByItsInstanceTypeLabel()
    {
        var detected = ProviderDetection.Detect(Cluster(Three(i => Node($"n{i}", labels: new() { ["node.kubernetes.io/instance-type"] = "k3s" }))));

        detected.Kind.ShouldBe(ProviderKind.K3s);
        detected.Evidence.ShouldBe(["label node.kubernetes.io/instance-type=k3s on 3 nodes"]);
    }

    [Fact]
    public void AnotherInstanceTypeIsNotK3s() =>
        ProviderDetection.Detect(Cluster([Node("n1", labels: new() { ["node.kubernetes.io/instance-type"] = "m5.large" })])).Kind.ShouldBe(ProviderKind.Unknown);

    [Fact]
    public void EveryMarkOfK3sIsListedAsEvidence()
    {
        var node = Node("n1", labels: new() { ["node.kubernetes.io/instance-type"] = "k3s" }, annotations: K3sArgs) with { KubeletVersion = "v1.36.1+k3s1" };

        ProviderDetection.Detect(Cluster([node])).Evidence.ShouldBe([
            "annotation k3s.io/node-args on 1 node",
            "label node.kubernetes.io/instance-type=k3s on 1 node",
            "kubelet v1.36.1+k3s1 on 1 node",
        ]);
    }

    [Fact]
    public void K3sWithMetalLbStaysK3sAndNamesMetalLbAsEvidence()
    {
        var detected = ProviderDetection.Detect(Cluster([Node("n1", annotations: K3sArgs)], ["default", "metallb-system"]));

        detected.Kind.ShouldBe(ProviderKind.K3s);
        detected.Evidence.ShouldContain("namespace metallb-system");
    }

    [Fact]
    public void RkeNodesWithoutRke2OrK3sMarksAreStillRke() =>
        ProviderDetection.Detect(Cluster(Three(i => Node($"n{i}", labels: new() { ["node-role.kubernetes.io/controlplane"] = "true" })))).Kind
            .ShouldBe(ProviderKind.RkeCustom);
}
