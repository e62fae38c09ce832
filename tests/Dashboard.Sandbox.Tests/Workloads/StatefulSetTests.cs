using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Workloads;

/// <summary>StatefulSets: stable ordinal names, ordered start, the labels and status kubectl rollout status reads.</summary>
public sealed class StatefulSetTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private KubectlRunner Kubectl => new(sandbox);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnOrderedStatefulSetStartsItsPodsOneAfterTheOtherAndRollsOut()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var applied = await Kubectl.RunAsync(WorkloadManifests.StatefulSet(ns, "db", 3), Ct, "apply", "-f", "-", "--validate=false");
        var rollout = await Kubectl.RunAsync(Ct, "rollout", "status", "sts/db", "-n", ns, "--timeout=30s");
        var pods = (await sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, cancellationToken: Ct)).Items.OrderBy(p => p.Metadata.Name).ToList();
        var sts = await sandbox.Client.AppsV1.ReadNamespacedStatefulSetAsync("db", ns, cancellationToken: Ct);
        var get = await Kubectl.RunAsync(Ct, "get", "sts", "db", "-n", ns);

        applied.Output.Trim().ShouldBe("statefulset.apps/db created", applied.Error);
        rollout.ExitCode.ShouldBe(0, rollout.Error);
        rollout.Output.ShouldContain("partitioned roll out complete: 3 new pods have been updated...");
        pods.Select(p => p.Metadata.Name).ShouldBe(["db-0", "db-1", "db-2"]);
        for (var i = 1; i < pods.Count; i++)
        {
            // OrderedReady: a pod is made only once the one before it is Ready.
            var previousReady = pods[i - 1].Status.Conditions.Single(c => c.Type == "Ready").LastTransitionTime!.Value;
            pods[i].Metadata.CreationTimestamp!.Value.ShouldBeGreaterThanOrEqualTo(previousReady);
        }

        pods.ShouldAllBe(p => p.Status.Phase == "Running" && p.Spec.Hostname == p.Metadata.Name && p.Spec.Subdomain == "db");
        pods[2].Metadata.Labels["statefulset.kubernetes.io/pod-name"].ShouldBe("db-2");
        pods[2].Metadata.Labels["apps.kubernetes.io/pod-index"].ShouldBe("2");
        pods.ShouldAllBe(p => p.Metadata.Labels["controller-revision-hash"] == sts.Status.UpdateRevision);
        (sts.Status.Replicas, sts.Status.ReadyReplicas, sts.Status.CurrentReplicas, sts.Status.UpdatedReplicas, sts.Status.AvailableReplicas).ShouldBe((3, 3, 3, 3, 3));
        sts.Status.CurrentRevision.ShouldBe(sts.Status.UpdateRevision);
        sts.Status.UpdateRevision.ShouldStartWith("db-");
        get.Lines[1].ShouldMatch(@"^db\s+3/3\s+\d+s$");
    }

    [Fact]
    public async Task AParallelStatefulSetStartsAllPodsAtOnceAndATemplateChangeReplacesThem()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Kubectl.RunAsync(WorkloadManifests.StatefulSet(ns, "cache", 2, policy: "Parallel"), Ct, "apply", "-f", "-", "--validate=false");
        var started = await Eventually.ReturnsAsync(() => sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, cancellationToken: Ct), l => l.Items.Count == 2, Ct);
        var firstRevision = (await sandbox.Client.AppsV1.ReadNamespacedStatefulSetAsync("cache", ns, cancellationToken: Ct)).Status?.UpdateRevision;

        started.Items.ShouldAllBe(p => p.Status.Phase != "Running", "both exist before either runs");
        (await Kubectl.RunAsync(Ct, "rollout", "status", "sts/cache", "-n", ns, "--timeout=30s")).ExitCode.ShouldBe(0);
        var set = await Kubectl.RunAsync(Ct, "set", "image", "sts/cache", "main=postgres:17", "-n", ns);
        var rollout = await Kubectl.RunAsync(Ct, "rollout", "status", "sts/cache", "-n", ns, "--timeout=30s");
        var sts = await Eventually.ReturnsAsync(() => sandbox.Client.AppsV1.ReadNamespacedStatefulSetAsync("cache", ns, cancellationToken: Ct),
            s => s.Status?.CurrentRevision == s.Status?.UpdateRevision && s.Status?.UpdateRevision != firstRevision, Ct, 10000);
        var pods = await sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, cancellationToken: Ct);

        set.ExitCode.ShouldBe(0, set.Error);
        rollout.ExitCode.ShouldBe(0, rollout.Error);
        pods.Items.ShouldAllBe(p => p.Spec.Containers[0].Image == "postgres:17" && p.Metadata.Labels["controller-revision-hash"] == sts.Status.UpdateRevision);
    }

    [Fact]
    public async Task ScalingDownRemovesTheHighestOrdinals()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Kubectl.RunAsync(WorkloadManifests.StatefulSet(ns, "db", 3, policy: "Parallel"), Ct, "apply", "-f", "-", "--validate=false");
        await Eventually.ReturnsAsync(() => sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, cancellationToken: Ct), l => l.Items.Count == 3, Ct);

        var scaled = await Kubectl.RunAsync(Ct, "scale", "sts/db", "--replicas=1", "-n", ns);
        var pods = await Eventually.ReturnsAsync(() => sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, cancellationToken: Ct), l => l.Items.Count == 1, Ct);

        scaled.Output.Trim().ShouldBe("statefulset.apps/db scaled", scaled.Error);
        pods.Items.Single().Metadata.Name.ShouldBe("db-0");
    }
}
