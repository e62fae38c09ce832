using System.Diagnostics;

namespace Dashboard.Tests.Shared;

/// <summary>
/// The real kubectl against one kubeconfig, with a discovery cache directory of its own (kubectl caches per server,
/// and sandboxes reuse ports). Creating one skips the test (saying what to install) where kubectl is missing, except in CI.
/// </summary>
public sealed class KubectlCommand(string kubeconfigPath, string cacheDirectory)
{
    private readonly string executable = ExternalTools.Kubectl;

    /// <summary>Runs to completion (20 s at most, then the process is killed), optionally feeding <paramref name="input"/> on stdin.</summary>
    public async Task<KubectlResult> RunAsync(string? input, CancellationToken cancellationToken, params string[] args)
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

        return new KubectlResult(process.ExitCode, await output, await error);
    }

    /// <summary>For a kubectl that keeps running (<c>get -w</c>): stdin, stdout and stderr redirected.</summary>
    public ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args.Concat(["--kubeconfig", kubeconfigPath, "--cache-dir", cacheDirectory]))
            info.ArgumentList.Add(arg);

        // Nothing from the machine's own kubectl setup may leak in.
        info.Environment.Remove("KUBECONFIG");
        return info;
    }
}
