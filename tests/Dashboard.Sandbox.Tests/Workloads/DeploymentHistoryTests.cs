using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Workloads;

/// <summary>Rollouts over time: the revision history kept, and a rollout that cannot progress.</summary>
public sealed class DeploymentHistoryTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private KubectlRunner Kubectl => new(sandbox);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnlyRevisionHistoryLimitOldReplicaSetsAreKept()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var manifest = WorkloadManifests.Deployment(ns, "web", 1).Replace("  replicas: 1", "  replicas: 1\n  revisionHistoryLimit: 1", StringComparison.Ordinal);
        await Kubectl.RunAsync(manifest, Ct, "apply", "-f", "-", "--validate=false");

        foreach (var tag in new[] { "1.25", "1.26", "1.27" })
        {
            (await Kubectl.RunAsync(Ct, "set", "image", "deploy/web", $"main=nginx:{tag}", "-n", ns)).ExitCode.ShouldBe(0);
            var rollout = await Kubectl.RunAsync(Ct, "rollout", "status", "deploy/web", "-n", ns, "--timeout=30s");
            rollout.ExitCode.ShouldBe(0, rollout.Error);
        }

        var sets = await Eventually.ReturnsAsync(() => sandbox.Client.AppsV1.ListNamespacedReplicaSetAsync(ns, cancellationToken: Ct), l => l.Items.Count == 2, Ct);

        sets.Items.Select(rs => rs.Metadata.Annotations["deployment.kubernetes.io/revision"]).Order().ShouldBe(["3", "4"]);
        sets.Items.Single(rs => rs.Spec.Replicas == 1).Spec.Template.Spec.Containers[0].Image.ShouldBe("nginx:1.27");
    }

    [Fact]
    public async Task ARolloutThatCannotProgressExceedsItsDeadlineAndRolloutStatusFails()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var manifest = WorkloadManifests.Deployment(ns, "stuck", 1)
            .Replace("  replicas: 1", "  replicas: 1\n  progressDeadlineSeconds: 1", StringComparison.Ordinal)
            .Replace("spec: {containers:", "spec: {nodeSelector: {disktype: ssd}, containers:", StringComparison.Ordinal);
        (await Kubectl.RunAsync(manifest, Ct, "apply", "-f", "-", "--validate=false")).ExitCode.ShouldBe(0);

        var deployment = await Eventually.ReturnsAsync(() => sandbox.Client.AppsV1.ReadNamespacedDeploymentAsync("stuck", ns, cancellationToken: Ct),
            d => d.Status?.Conditions?.Any(c => c.Reason == "ProgressDeadlineExceeded") == true, Ct, 10000);
        var rollout = await Kubectl.RunAsync(Ct, "rollout", "status", "deploy/stuck", "-n", ns, "--timeout=10s");

        var progressing = deployment.Status.Conditions.Single(c => c.Type == "Progressing");
        progressing.Status.ShouldBe("False");
        progressing.Message.ShouldMatch("^ReplicaSet \"stuck-[a-z0-9]+\" has timed out progressing\\.$");
        var available = deployment.Status.Conditions.Single(c => c.Type == "Available");
        (available.Status, available.Reason).ShouldBe(("False", "MinimumReplicasUnavailable"));
        deployment.Status.UnavailableReplicas.ShouldBe(1);
        rollout.ExitCode.ShouldNotBe(0);
        rollout.Error.ShouldContain("deployment \"stuck\" exceeded its progress deadline");
    }
}
