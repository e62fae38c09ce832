using System.Diagnostics;
using Dashboard.Tests.Shared;

namespace Dashboard.Sandbox.Tests.Support;

/// <summary>
/// Runs the real kubectl against a sandbox fixture: the project's referee for API compatibility. Creating
/// one skips the test (saying what to install) where kubectl is missing, except in CI.
/// </summary>
public sealed class KubectlRunner(SandboxFixture sandbox)
{
    private readonly KubectlCommand kubectl = new(sandbox.KubeconfigPath, sandbox.KubectlCacheDirectory);

    /// <summary>Runs to completion (20 s at most), optionally feeding <paramref name="input"/> on stdin.</summary>
    public Task<KubectlResult> RunAsync(string? input, CancellationToken cancellationToken, params string[] args) =>
        kubectl.RunAsync(input, cancellationToken, args);

    public Task<KubectlResult> RunAsync(CancellationToken cancellationToken, params string[] args) => RunAsync(null, cancellationToken, args);

    /// <summary>Starts a long-running kubectl (<c>get -w</c>); disposing kills it.</summary>
    public RunningKubectl Start(params string[] args) =>
        new(Process.Start(kubectl.StartInfo(args)) ?? throw new InvalidOperationException("kubectl did not start"));
}
