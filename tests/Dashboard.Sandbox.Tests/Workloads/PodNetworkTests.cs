using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Workloads;

/// <summary>Each platform hands out pod IPs the way its CNI does.</summary>
public sealed class PodNetworkTests(ProfileClusters clusters) : IClassFixture<ProfileClusters>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("rke-custom", "10.42.")]
    [InlineData("rke-ec2", "10.42.")]
    [InlineData("gke", "10.4.")]
    [InlineData("aks", "10.244.")]
    [InlineData("metallb", "10.244.")]
    public async Task PodsGetAddressesFromTheirNodesBlockOfTheClusterCidr(string profile, string prefix)
    {
        var sandbox = await clusters.GetAsync(profile);
        var pods = await RunThreePodsAsync(sandbox);
        var nodes = (await sandbox.Client.CoreV1.ListNodeAsync(cancellationToken: Ct)).Items.OrderBy(n => n.Metadata.Name, StringComparer.Ordinal).Select(n => n.Metadata.Name).ToList();

        foreach (var pod in pods)
        {
            pod.Status.PodIP.ShouldStartWith($"{prefix}{nodes.IndexOf(pod.Spec.NodeName)}.");
        }
    }

    [Fact]
    public async Task EksPodsGetSecondaryAddressesOfTheirNodesSubnet()
    {
        var sandbox = await clusters.GetAsync("eks");
        var pods = await RunThreePodsAsync(sandbox);

        foreach (var pod in pods)
        {
            var subnet = pod.Status.HostIP[..(pod.Status.HostIP.LastIndexOf('.') + 1)];
            pod.Status.PodIP.ShouldStartWith(subnet);
            pod.Status.PodIP.ShouldNotBe(pod.Status.HostIP);
        }
    }

    private static async Task<IList<V1Pod>> RunThreePodsAsync(SandboxFixture sandbox)
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        foreach (var name in new[] { "a", "b", "c" })
        {
            await sandbox.Client.CoreV1.CreateNamespacedPodAsync(new V1Pod
            {
                Metadata = new V1ObjectMeta { Name = name },
                Spec = new V1PodSpec { Containers = [new V1Container { Name = "c", Image = "nginx" }] },
            }, ns, cancellationToken: Ct);
        }

        var pods = await Eventually.ReturnsAsync(() => sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, cancellationToken: Ct),
            l => l.Items.Count(p => p.Status.Phase == "Running") == 3, Ct, 10000);
        pods.Items.Select(p => p.Spec.NodeName).Distinct().Count().ShouldBe(3);
        return pods.Items;
    }
}
