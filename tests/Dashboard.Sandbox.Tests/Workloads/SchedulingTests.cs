using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Workloads;

/// <summary>The scheduler and kubelet on a bare pod: binding, the states on the way to Running, what an unfitting pod gets.</summary>
public sealed class SchedulingTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static V1Pod Pod(string name, IDictionary<string, string>? nodeSelector = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1PodSpec { NodeSelector = nodeSelector, Containers = [new V1Container { Name = "nginx", Image = "nginx:1.27" }] },
    };

    [Fact]
    public async Task APodIsBoundToTheNodeItSelectsAndRunsWithTheKubeletsStatus()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var created = await sandbox.Client.CoreV1.CreateNamespacedPodAsync(Pod("one", new Dictionary<string, string> { ["kubernetes.io/hostname"] = "rke-custom-node-3" }), ns, cancellationToken: Ct);

        var creating = await Eventually.ReturnsAsync(() => sandbox.Client.CoreV1.ReadNamespacedPodAsync("one", ns, cancellationToken: Ct),
            p => p.Status.ContainerStatuses?.Any() == true || p.Status.Phase == "Running", Ct);
        var running = await Eventually.ReturnsAsync(() => sandbox.Client.CoreV1.ReadNamespacedPodAsync("one", ns, cancellationToken: Ct), p => p.Status.Phase == "Running", Ct);

        created.Status.Phase.ShouldBe("Pending");
        created.Status.QosClass.ShouldBe("BestEffort");
        created.Spec.ServiceAccountName.ShouldBe("default");
        created.Spec.Tolerations.Select(t => t.Key).ShouldBe(["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]);
        if (creating.Status.Phase == "Pending")
        {
            creating.Status.ContainerStatuses.Single().State.Waiting.Reason.ShouldBe("ContainerCreating");
        }

        running.Spec.NodeName.ShouldBe("rke-custom-node-3");
        running.Status.HostIP.ShouldBe("10.0.0.13");
        running.Status.PodIP.ShouldStartWith("10.42.2.");
        running.Status.PodIPs.Single().Ip.ShouldBe(running.Status.PodIP);
        running.Status.StartTime.ShouldNotBeNull();
        running.Status.Conditions.Select(c => (c.Type, c.Status)).Order().ShouldBe(
            [("ContainersReady", "True"), ("Initialized", "True"), ("PodReadyToStartContainers", "True"), ("PodScheduled", "True"), ("Ready", "True")]);
        var container = running.Status.ContainerStatuses.Single();
        (container.Ready, container.Started, container.RestartCount, container.Image).ShouldBe((true, (bool?)true, 0, "docker.io/library/nginx:1.27"));
        container.State.Running.StartedAt.ShouldNotBeNull();
        container.ImageID.ShouldStartWith("docker.io/library/nginx@sha256:");
        container.ContainerID.ShouldMatch("^docker://[0-9a-f]{64}$");
    }

    [Fact]
    public async Task ThePodsJourneyIsToldByTheSchedulerAndKubeletEvents()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedPodAsync(Pod("told"), ns, cancellationToken: Ct);

        var events = await Eventually.ReturnsAsync(
            () => sandbox.Client.CoreV1.ListNamespacedEventAsync(ns, fieldSelector: "involvedObject.name=told", cancellationToken: Ct),
            l => l.Items.Any(e => e.Reason == "Started"), Ct);
        var pod = await sandbox.Client.CoreV1.ReadNamespacedPodAsync("told", ns, cancellationToken: Ct);

        var byReason = events.Items.ToDictionary(e => e.Reason);
        byReason.Keys.Order().ShouldBe(["Created", "Pulled", "Scheduled", "Started"]);
        byReason["Scheduled"].Message.ShouldBe($"Successfully assigned {ns}/told to {pod.Spec.NodeName}");
        byReason["Scheduled"].Source.Component.ShouldBe("default-scheduler");
        byReason["Pulled"].Message.ShouldBe("Container image \"nginx:1.27\" already present on machine");
        byReason["Started"].Message.ShouldBe("Started container nginx");
        byReason["Started"].InvolvedObject.FieldPath.ShouldBe("spec.containers{nginx}");
        (byReason["Started"].Source.Component, byReason["Started"].Source.Host).ShouldBe(("kubelet", pod.Spec.NodeName));
        byReason["Started"].InvolvedObject.Uid.ShouldBe(pod.Metadata.Uid);
        byReason["Started"].Metadata.Name.ShouldMatch("^told\\.[0-9a-f]{16}$");
    }

    [Fact]
    public async Task APodThatFitsNoNodeStaysPendingAsUnschedulable()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedPodAsync(Pod("nowhere", new Dictionary<string, string> { ["disktype"] = "ssd" }), ns, cancellationToken: Ct);

        var pod = await Eventually.ReturnsAsync(() => sandbox.Client.CoreV1.ReadNamespacedPodAsync("nowhere", ns, cancellationToken: Ct),
            p => p.Status.Conditions?.Any(c => c.Type == "PodScheduled") == true, Ct);
        var events = await Eventually.ReturnsAsync(
            () => sandbox.Client.CoreV1.ListNamespacedEventAsync(ns, fieldSelector: "reason=FailedScheduling", cancellationToken: Ct), l => l.Items.Count > 0, Ct);

        pod.Status.Phase.ShouldBe("Pending");
        pod.Spec.NodeName.ShouldBeNull();
        var condition = pod.Status.Conditions.Single(c => c.Type == "PodScheduled");
        (condition.Status, condition.Reason).ShouldBe(("False", "Unschedulable"));
        condition.Message.ShouldBe("0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.");
        var failed = events.Items.Single();
        (failed.Type, failed.Message).ShouldBe(("Warning", condition.Message));
    }
}
