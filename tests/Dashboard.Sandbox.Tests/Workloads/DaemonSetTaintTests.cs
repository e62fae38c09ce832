using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Workloads;

/// <summary>A DaemonSet on a tainted node. A class (and sandbox) of its own: it taints a node.</summary>
public sealed class DaemonSetTaintTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ANodeTaintedNoScheduleGetsADaemonPodOnlyWhenTheTemplateToleratesIt()
    {
        await sandbox.Client.CoreV1.PatchNodeAsync(
            new V1Patch("""{"spec":{"taints":[{"key":"dedicated","value":"db","effect":"NoSchedule"}]}}""", V1Patch.PatchType.MergePatch), "rke-custom-node-3", cancellationToken: Ct);
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var kubectl = new KubectlRunner(sandbox);

        await kubectl.RunAsync(WorkloadManifests.DaemonSet(ns, "plain"), Ct, "apply", "-f", "-", "--validate=false");
        var tolerant = WorkloadManifests.DaemonSet(ns, "tolerant")
            .Replace("nodeSelector: {}", "nodeSelector: {}\n      tolerations: [{key: dedicated, operator: Equal, value: db, effect: NoSchedule}]", StringComparison.Ordinal);
        await kubectl.RunAsync(tolerant, Ct, "apply", "-f", "-", "--validate=false");
        var plain = await Eventually.ReturnsAsync(() => sandbox.Client.AppsV1.ReadNamespacedDaemonSetAsync("plain", ns, cancellationToken: Ct), d => d.Status?.NumberReady == 2, Ct, 10000);
        var everywhere = await Eventually.ReturnsAsync(() => sandbox.Client.AppsV1.ReadNamespacedDaemonSetAsync("tolerant", ns, cancellationToken: Ct), d => d.Status?.NumberReady == 3, Ct, 10000);
        var pods = (await sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, cancellationToken: Ct)).Items;

        plain.Status.DesiredNumberScheduled.ShouldBe(2);
        everywhere.Status.DesiredNumberScheduled.ShouldBe(3);
        pods.Where(p => p.Metadata.Labels["app"] == "plain").Select(p => p.Spec.NodeName).Order().ShouldBe(["rke-custom-node-1", "rke-custom-node-2"]);
        pods.Where(p => p.Metadata.Labels["app"] == "tolerant").Select(p => p.Spec.NodeName).ShouldContain("rke-custom-node-3");
    }
}
