using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Workloads;

/// <summary>The <c>web</c> Deployment the kubectl tests make, as <c>kubectl create deployment web --image=nginx</c> generates it.</summary>
public static class WebDeployment
{
    /// <summary>Generated client-side and applied as JSON (typed creates would send protobuf); returns the fresh namespace.</summary>
    public static async Task<string> CreateAsync(SandboxFixture sandbox, KubectlRunner kubectl, int replicas, CancellationToken cancellationToken)
    {
        var ns = await sandbox.NewNamespaceAsync(cancellationToken);
        var generated = await kubectl.RunAsync(cancellationToken, "create", "deployment", "web", "--image=nginx", $"--replicas={replicas}", "-n", ns, "-o", "json", "--dry-run=client");
        var applied = await kubectl.RunAsync(generated.Output, cancellationToken, "apply", "-f", "-", "--validate=false");
        applied.Output.Trim().ShouldBe("deployment.apps/web created", applied.Error);
        return ns;
    }

    public static async Task<IList<V1Pod>> RunningPodsAsync(SandboxFixture sandbox, string ns, int count, CancellationToken cancellationToken) =>
        (await Eventually.ReturnsAsync(
            () => sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, labelSelector: "app=web", cancellationToken: cancellationToken),
            pods => pods.Items.Count == count && pods.Items.All(p => p.Status.Phase == "Running"),
            cancellationToken, 10000)).Items;
}
