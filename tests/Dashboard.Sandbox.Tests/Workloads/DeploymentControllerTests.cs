using System.Text.RegularExpressions;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Workloads;

/// <summary>What the deployment and replicaset controllers write, read through KubernetesClient.</summary>
public sealed partial class DeploymentControllerTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static V1Deployment Web(int replicas, string image = "nginx") => new()
    {
        Metadata = new V1ObjectMeta { Name = "web" },
        Spec = new V1DeploymentSpec
        {
            Replicas = replicas,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "web" } },
                Spec = new V1PodSpec { Containers = [new V1Container { Name = "nginx", Image = image, Ports = [new V1ContainerPort { ContainerPort = 80 }] }] },
            },
        },
    };

    [Fact]
    public async Task ADeploymentGetsTheApiServersDefaults()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var spec = new V1Deployment { Metadata = new V1ObjectMeta { Name = "web" }, Spec = Web(1).Spec };
        spec.Spec.Replicas = null;
        spec.Spec.Template.Spec.Containers.Add(new V1Container { Name = "sidecar", Image = "busybox:1.36" });

        var created = await sandbox.Client.AppsV1.CreateNamespacedDeploymentAsync(spec, ns, cancellationToken: Ct);

        created.Spec.Replicas.ShouldBe(1);
        created.Spec.Strategy.Type.ShouldBe("RollingUpdate");
        created.Spec.Strategy.RollingUpdate.MaxSurge.Value.ShouldBe("25%");
        created.Spec.Strategy.RollingUpdate.MaxUnavailable.Value.ShouldBe("25%");
        created.Spec.RevisionHistoryLimit.ShouldBe(10);
        created.Spec.ProgressDeadlineSeconds.ShouldBe(600);
        var pod = created.Spec.Template.Spec;
        (pod.RestartPolicy, pod.DnsPolicy, pod.TerminationGracePeriodSeconds, pod.SchedulerName).ShouldBe(("Always", "ClusterFirst", 30L, "default-scheduler"));
        pod.Containers.Select(c => c.ImagePullPolicy).ShouldBe(["Always", "IfNotPresent"]);
        pod.Containers.ShouldAllBe(c => c.TerminationMessagePath == "/dev/termination-log" && c.TerminationMessagePolicy == "File");
        pod.Containers[0].Ports.Single().Protocol.ShouldBe("TCP");
    }

    [Fact]
    public async Task TheReplicaSetIsNamedByTheTemplateHashAndOwnedByTheDeployment()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var deployment = await sandbox.Client.AppsV1.CreateNamespacedDeploymentAsync(Web(2), ns, cancellationToken: Ct);

        var sets = await Eventually.ReturnsAsync(() => sandbox.Client.AppsV1.ListNamespacedReplicaSetAsync(ns, cancellationToken: Ct), l => l.Items.Count == 1, Ct);
        var rs = sets.Items.Single();
        var hash = rs.Metadata.Labels["pod-template-hash"];
        var pods = await Eventually.ReturnsAsync(() => sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, cancellationToken: Ct), l => l.Items.Count == 2, Ct);

        rs.Metadata.Name.ShouldBe($"web-{hash}");
        hash.ShouldMatch("^[bcdfghjklmnpqrstvwxz2456789]{6,10}$");
        rs.Spec.Selector.MatchLabels.ShouldBe(new Dictionary<string, string> { ["app"] = "web", ["pod-template-hash"] = hash });
        rs.Spec.Template.Metadata.Labels["pod-template-hash"].ShouldBe(hash);
        rs.Metadata.Annotations["deployment.kubernetes.io/revision"].ShouldBe("1");
        rs.Metadata.Annotations["deployment.kubernetes.io/desired-replicas"].ShouldBe("2");
        rs.Metadata.Annotations["deployment.kubernetes.io/max-replicas"].ShouldBe("3");
        var owner = rs.Metadata.OwnerReferences.ShouldHaveSingleItem();
        (owner.Kind, owner.Name, owner.Uid, owner.Controller, owner.BlockOwnerDeletion).ShouldBe(("Deployment", "web", deployment.Metadata.Uid, true, true));
        pods.Items.ShouldAllBe(p => PodName().IsMatch(p.Metadata.Name) && p.Metadata.Name.StartsWith(rs.Metadata.Name + "-", StringComparison.Ordinal));
        pods.Items.ShouldAllBe(p => p.Metadata.OwnerReferences.Single().Uid == rs.Metadata.Uid && p.Metadata.Labels["pod-template-hash"] == hash);
    }

    [Fact]
    public async Task TheSameTemplateGivesTheSameReplicaSetNameInAnotherSandbox()
    {
        await using var other = await SandboxCluster.StartAsync(new SandboxOptions { Profile = "gke" }, Ct);
        using var otherClient = SandboxFixture.ClientFor(other);
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await otherClient.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } }, cancellationToken: Ct);

        await sandbox.Client.AppsV1.CreateNamespacedDeploymentAsync(Web(1, "nginx:1.27"), ns, cancellationToken: Ct);
        await otherClient.AppsV1.CreateNamespacedDeploymentAsync(Web(1, "nginx:1.27"), ns, cancellationToken: Ct);
        var here = await Eventually.ReturnsAsync(() => sandbox.Client.AppsV1.ListNamespacedReplicaSetAsync(ns, cancellationToken: Ct), l => l.Items.Count == 1, Ct);
        var there = await Eventually.ReturnsAsync(() => otherClient.AppsV1.ListNamespacedReplicaSetAsync(ns, cancellationToken: Ct), l => l.Items.Count == 1, Ct);

        here.Items.Single().Metadata.Name.ShouldBe(there.Items.Single().Metadata.Name);
    }

    [Fact]
    public async Task ARolledOutDeploymentReportsItsCountsAndConditions()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.AppsV1.CreateNamespacedDeploymentAsync(Web(3), ns, cancellationToken: Ct);

        var done = await Eventually.ReturnsAsync(
            () => sandbox.Client.AppsV1.ReadNamespacedDeploymentAsync("web", ns, cancellationToken: Ct),
            d => d.Status?.Conditions?.Any(c => c.Reason == "NewReplicaSetAvailable") == true, Ct, 10000);

        var status = done.Status;
        (status.ObservedGeneration, status.Replicas, status.UpdatedReplicas, status.ReadyReplicas, status.AvailableReplicas, status.UnavailableReplicas)
            .ShouldBe((1L, 3, 3, 3, 3, (int?)null));
        var available = status.Conditions.Single(c => c.Type == "Available");
        (available.Status, available.Reason, available.Message).ShouldBe(("True", "MinimumReplicasAvailable", "Deployment has minimum availability."));
        var progressing = status.Conditions.Single(c => c.Type == "Progressing");
        progressing.Status.ShouldBe("True");
        progressing.Message.ShouldMatch("^ReplicaSet \"web-[a-z0-9]+\" has successfully progressed\\.$");
        done.Metadata.Annotations["deployment.kubernetes.io/revision"].ShouldBe("1");
    }

    [Fact]
    public async Task TheRecreateStrategyRemovesEveryOldPodBeforeStartingNewOnes()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var deployment = Web(2);
        deployment.Spec.Strategy = new V1DeploymentStrategy { Type = "Recreate" };
        await sandbox.Client.AppsV1.CreateNamespacedDeploymentAsync(deployment, ns, cancellationToken: Ct);
        await Eventually.ReturnsAsync(() => sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, cancellationToken: Ct), l => l.Items.Count(p => p.Status.Phase == "Running") == 2, Ct, 10000);
        using var watch = new CancellationTokenSource();
        var seen = new List<(WatchEventType, V1Pod)>();
        int Count()
        {
            lock (seen)
            {
                return seen.Count;
            }
        }

        var watching = Task.Run(async () =>
        {
            await foreach (var change in sandbox.Client.CoreV1.WatchListNamespacedPodAsync(ns, cancellationToken: watch.Token))
            {
                lock (seen)
                {
                    seen.Add(change);
                }
            }
        }, Ct);

        await Eventually.ReturnsAsync(() => Task.FromResult(Count()), n => n >= 2, Ct);
        await sandbox.Client.AppsV1.PatchNamespacedDeploymentAsync(
            new V1Patch("""{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.27"}]}}}}""", V1Patch.PatchType.StrategicMergePatch), "web", ns, cancellationToken: Ct);
        await Eventually.ReturnsAsync(() => sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, cancellationToken: Ct),
            l => l.Items.Count == 2 && l.Items.All(p => p.Status.Phase == "Running" && p.Spec.Containers[0].Image == "nginx:1.27"), Ct, 10000);
        await watch.CancelAsync();
        try
        {
            await watching;
        }
        catch (OperationCanceledException)
        {
            // The watch ends by cancellation: that is how this test stops it.
        }

        List<(WatchEventType Type, V1Pod Pod)> events;
        lock (seen)
        {
            events = [.. seen];
        }

        var lastOldDeleted = events.FindLastIndex(e => e.Type == WatchEventType.Deleted && e.Pod.Spec.Containers[0].Image == "nginx");
        var firstNewAdded = events.FindIndex(e => e.Type == WatchEventType.Added && e.Pod.Spec.Containers[0].Image == "nginx:1.27");
        lastOldDeleted.ShouldBeGreaterThanOrEqualTo(0);
        firstNewAdded.ShouldBeGreaterThan(lastOldDeleted, "Recreate starts new pods only once the old ones are gone");
    }

    [GeneratedRegex("^web-[bcdfghjklmnpqrstvwxz2456789]+-[bcdfghjklmnpqrstvwxz2456789]{5}$")]
    private static partial Regex PodName();
}
