using Dashboard.Sandbox;
using Dashboard.Tests.Shared;

namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>
/// The real kubectl, as an operator changing the cluster outside the dashboard. Skips the test where kubectl is
/// missing (except in CI). Each instance has its own kubeconfig file and a fresh cache directory.
/// </summary>
public sealed class KubectlApply : IDisposable
{
    private readonly TempDirectory directory = new("kubectl");
    private readonly KubectlCommand kubectl;

    private KubectlApply() => kubectl = new KubectlCommand(Kubeconfig, Path.Combine(directory.Path, "cache"));

    private string Kubeconfig => Path.Combine(directory.Path, "kubeconfig");

    public static async Task<KubectlApply> ForAsync(SandboxCluster sandbox)
    {
        var kubectl = new KubectlApply();
        await sandbox.WriteKubeconfigAsync(kubectl.Kubeconfig, "ctx", TestContext.Current.CancellationToken);
        return kubectl;
    }

    /// <summary>Runs kubectl with <paramref name="yaml"/> on stdin; fails the test with kubectl's stderr if it fails.</summary>
    /// <returns>What kubectl printed on stdout.</returns>
    public async Task<string> RunAsync(string yaml, params string[] args)
    {
        var result = await kubectl.RunAsync(yaml, TestContext.Current.CancellationToken, args);
        result.ExitCode.ShouldBe(0, result.Error);
        return result.Output;
    }

    /// <summary>Runs kubectl without stdin, for reads: <c>get ingress web -o jsonpath=…</c>.</summary>
    public Task<string> ReadAsync(params string[] args) => RunAsync("", args);

    public Task ApplyAsync(string yaml) => RunAsync(yaml, "apply", "--validate=false", "-f", "-");

    public Task DeleteAsync(string yaml) => RunAsync(yaml, "delete", "-f", "-");

    public void Dispose() => directory.Dispose();
}
