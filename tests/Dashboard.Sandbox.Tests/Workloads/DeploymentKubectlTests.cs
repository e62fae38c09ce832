using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Workloads;

/// <summary>kubectl as the referee for Deployments: apply, rollout status, scale, set image, events.</summary>
public sealed class DeploymentKubectlTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private KubectlRunner Kubectl => new(sandbox);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<string> CreateWebAsync(int replicas = 3) => WebDeployment.CreateAsync(sandbox, Kubectl, replicas, Ct);

    private Task<IList<V1Pod>> RunningPodsAsync(string ns, int count) => WebDeployment.RunningPodsAsync(sandbox, ns, count, Ct);

    [Fact]
    public async Task ScalingADeploymentThroughTheScaleSubresourceMakesAndRemovesPods()
    {
        var ns = await CreateWebAsync();
        await RunningPodsAsync(ns, 3);

        var up = await Kubectl.RunAsync(Ct, "scale", "deploy/web", "--replicas=5", "-n", ns);
        var five = await RunningPodsAsync(ns, 5);
        var down = await Kubectl.RunAsync(Ct, "scale", "deploy/web", "--replicas=0", "-n", ns);
        var none = await RunningPodsAsync(ns, 0);
        var deployment = await sandbox.Client.AppsV1.ReadNamespacedDeploymentAsync("web", ns, cancellationToken: Ct);

        up.Output.Trim().ShouldBe("deployment.apps/web scaled", up.Error);
        down.Output.Trim().ShouldBe("deployment.apps/web scaled", down.Error);
        five.Count.ShouldBe(5);
        none.ShouldBeEmpty();
        deployment.Spec.Replicas.ShouldBe(0);
    }

    [Fact]
    public async Task ChangingTheImageRollsOutASecondReplicaSetAndEmptiesTheFirst()
    {
        var ns = await CreateWebAsync();
        (await Kubectl.RunAsync(Ct, "rollout", "status", "deploy/web", "-n", ns, "--timeout=30s")).ExitCode.ShouldBe(0);

        var set = await Kubectl.RunAsync(Ct, "set", "image", "deploy/web", "nginx=nginx:1.27", "-n", ns);
        var rollout = await Kubectl.RunAsync(Ct, "rollout", "status", "deploy/web", "-n", ns, "--timeout=30s");
        var sets = (await sandbox.Client.AppsV1.ListNamespacedReplicaSetAsync(ns, cancellationToken: Ct)).Items
            .OrderBy(rs => rs.Metadata.Annotations["deployment.kubernetes.io/revision"]).ToList();
        var pods = await RunningPodsAsync(ns, 3);

        set.Output.Trim().ShouldBe("deployment.apps/web image updated", set.Error);
        rollout.ExitCode.ShouldBe(0, rollout.Error);
        rollout.Lines[^1].ShouldBe("deployment \"web\" successfully rolled out");
        sets.Select(rs => rs.Metadata.Annotations["deployment.kubernetes.io/revision"]).ShouldBe(["1", "2"]);
        sets[0].Spec.Replicas.ShouldBe(0);
        sets[1].Spec.Replicas.ShouldBe(3);
        pods.ShouldAllBe(p => p.Spec.Containers[0].Image == "nginx:1.27" && p.Metadata.Name.StartsWith(sets[1].Metadata.Name + "-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDeploymentsEventsAreFoundByFieldSelectorAndByKubectlEvents()
    {
        var ns = await CreateWebAsync();
        await RunningPodsAsync(ns, 3);

        var bySelector = await Kubectl.RunAsync(Ct, "get", "events", "-n", ns, "--field-selector", "involvedObject.name=web");
        var forDeployment = await Kubectl.RunAsync(Ct, "events", "-n", ns, "--for", "deploy/web");
        var rs = (await sandbox.Client.AppsV1.ListNamespacedReplicaSetAsync(ns, cancellationToken: Ct)).Items.Single().Metadata.Name;

        bySelector.ExitCode.ShouldBe(0, bySelector.Error);
        bySelector.Output.ShouldMatch($@"Normal\s+ScalingReplicaSet\s+deployment/web\s+Scaled up replica set {rs} from 0 to 3");
        forDeployment.ExitCode.ShouldBe(0, forDeployment.Error);
        forDeployment.Output.ShouldContain($"Scaled up replica set {rs} from 0 to 3");
    }
}
