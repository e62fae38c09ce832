using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.Workloads;

/// <summary>DaemonSets: a pod per fitting node, pinned by node affinity, and the status rollout status reads.</summary>
public sealed class DaemonSetTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private KubectlRunner Kubectl => new(sandbox);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADaemonSetRunsOnePodOnEveryNodeAndRollsOut()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        await Kubectl.RunAsync(WorkloadManifests.DaemonSet(ns, "agent"), Ct, "apply", "-f", "-", "--validate=false");
        var rollout = await Kubectl.RunAsync(Ct, "rollout", "status", "ds/agent", "-n", ns, "--timeout=30s");
        var pods = (await sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, cancellationToken: Ct)).Items;
        var ds = await sandbox.Client.AppsV1.ReadNamespacedDaemonSetAsync("agent", ns, cancellationToken: Ct);
        var get = await Kubectl.RunAsync(Ct, "get", "ds", "agent", "-n", ns);

        rollout.ExitCode.ShouldBe(0, rollout.Error);
        rollout.Lines[^1].ShouldBe("daemon set \"agent\" successfully rolled out");
        pods.Select(p => p.Spec.NodeName).Order().ShouldBe(["rke-custom-node-1", "rke-custom-node-2", "rke-custom-node-3"]);
        pods.ShouldAllBe(p => p.Metadata.Name.StartsWith("agent-", StringComparison.Ordinal) && p.Metadata.Name.Length == "agent-".Length + 5);
        foreach (var pod in pods)
        {
            var field = pod.Spec.Affinity.NodeAffinity.RequiredDuringSchedulingIgnoredDuringExecution.NodeSelectorTerms.Single().MatchFields.Single();
            (field.Key, field.OperatorProperty, field.Values.Single()).ShouldBe(("metadata.name", "In", pod.Spec.NodeName));
        }

        (ds.Status.DesiredNumberScheduled, ds.Status.CurrentNumberScheduled, ds.Status.NumberReady, ds.Status.NumberAvailable, ds.Status.UpdatedNumberScheduled).ShouldBe((3, 3, 3, 3, 3));
        get.Lines[0].ShouldMatch(@"^NAME\s+DESIRED\s+CURRENT\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+NODE SELECTOR\s+AGE$");
        get.Lines[1].ShouldMatch(@"^agent\s+3\s+3\s+3\s+3\s+3\s+<none>\s+\d+s$");
    }

    [Fact]
    public async Task ADaemonSetWithANodeSelectorRunsOnlyOnTheMatchingNode()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        await Kubectl.RunAsync(WorkloadManifests.DaemonSet(ns, "pinned", "{kubernetes.io/hostname: rke-custom-node-2}"), Ct, "apply", "-f", "-", "--validate=false");
        var ds = await Eventually.ReturnsAsync(() => sandbox.Client.AppsV1.ReadNamespacedDaemonSetAsync("pinned", ns, cancellationToken: Ct), d => d.Status?.NumberReady == 1, Ct, 10000);
        var pods = (await sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, cancellationToken: Ct)).Items;

        ds.Status.DesiredNumberScheduled.ShouldBe(1);
        pods.ShouldHaveSingleItem().Spec.NodeName.ShouldBe("rke-custom-node-2");
    }
}
