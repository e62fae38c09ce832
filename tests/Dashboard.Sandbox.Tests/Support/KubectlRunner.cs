using System.Diagnostics;
using Dashboard.Tests.Shared;

namespace Dashboard.Sandbox.Tests.Support;

/// <summary>
/// Runs the real kubectl against a sandbox: the project's referee for API compatibility. Creating
/// one skips the test (saying what to install) where kubectl is missing, except in CI.
/// </summary>
public sealed class KubectlRunner(SandboxFixture sandbox)
{
    private readonly string executable = ExternalTools.Kubectl;

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Runs to completion (20 s at most), optionally feeding <paramref name="input"/> on stdin.</summary>
    public async Task<Result> RunAsync(string? input, CancellationToken cancellationToken, params string[] args)
    {
        using var process = Process.Start(StartInfo(args)) ?? throw new InvalidOperationException("kubectl did not start");
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new Result(process.ExitCode, await output, await error);
    }

    public Task<Result> RunAsync(CancellationToken cancellationToken, params string[] args) => RunAsync(null, cancellationToken, args);

    /// <summary>Starts a long-running kubectl (<c>get -w</c>); disposing kills it.</summary>
    public RunningKubectl Start(params string[] args) =>
        new(Process.Start(StartInfo(args)) ?? throw new InvalidOperationException("kubectl did not start"));

    private ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args.Concat(["--kubeconfig", sandbox.KubeconfigPath, "--cache-dir", sandbox.KubectlCacheDirectory]))
        {
            info.ArgumentList.Add(arg);
        }

        // Nothing from the machine's own kubectl setup may leak in.
        info.Environment.Remove("KUBECONFIG");
        return info;
    }
}
