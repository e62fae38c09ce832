using Dashboard.Sandbox.Tests.Support;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Workloads;

/// <summary>
/// The first rollout as kubectl sees it. A class (and so a sandbox) of its own: the spread over the
/// nodes is only exact on nodes no other test has put pods on.
/// </summary>
public sealed class DeploymentRolloutTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private KubectlRunner Kubectl => new(sandbox);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<string> CreateWebAsync(int replicas = 3) => WebDeployment.CreateAsync(sandbox, Kubectl, replicas, Ct);

    private Task<IList<V1Pod>> RunningPodsAsync(string ns, int count) => WebDeployment.RunningPodsAsync(sandbox, ns, count, Ct);

    [Fact]
    public async Task ApplyingADeploymentRollsOutThreeRunningPodsSpreadOverTheNodes()
    {
        var ns = await CreateWebAsync();

        var rollout = await Kubectl.RunAsync(Ct, "rollout", "status", "deploy/web", "-n", ns, "--timeout=30s");
        var get = await Kubectl.RunAsync(Ct, "get", "deploy", "web", "-n", ns);
        var pods = await RunningPodsAsync(ns, 3);
        var listed = await Kubectl.RunAsync(Ct, "get", "rs,pods", "-l", "app=web", "-n", ns, "-o", "wide");

        rollout.ExitCode.ShouldBe(0, rollout.Error);
        rollout.Lines[^1].ShouldBe("deployment \"web\" successfully rolled out");
        get.Lines[0].ShouldMatch(@"^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE$");
        get.Lines[1].ShouldMatch(@"^web\s+3/3\s+3\s+3\s+\d+s$");
        pods.Select(p => p.Spec.NodeName).Distinct().Count().ShouldBe(3, "the scheduler spreads replicas over the nodes");
        pods.ShouldAllBe(p => p.Status.PodIP.StartsWith("10.42.", StringComparison.Ordinal) && p.Status.HostIP.StartsWith("10.0.0.", StringComparison.Ordinal));
        pods.Select(p => p.Status.PodIP).Distinct().Count().ShouldBe(3);
        listed.Output.ShouldMatch(@"replicaset\.apps/web-[bcdfghjklmnpqrstvwxz2456789]{6,10}\s+3\s+3\s+3\s");
        listed.Lines.Count(l => l.StartsWith("pod/web-", StringComparison.Ordinal) && l.Contains(" Running ", StringComparison.Ordinal)).ShouldBe(3, listed.Output);
    }
}
