using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Benchmarks.UiTier;

/// <summary>
/// The published dashboard as its own process on a loopback port, with its own data directory and no built-in
/// sandbox: it holds only what the dashboard holds. Killed on dispose, on Ctrl-C and when the benchmark exits.
/// </summary>
internal sealed partial class DashboardAppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private DashboardAppProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public Uri Address { get; private set; } = default!;

    /// <summary>The last lines the app wrote, for a failure message.</summary>
    public string RecentOutput
    {
        get
        {
            lock (output)
            {
                var text = output.ToString();
                return text.Length <= 4000 ? text : text[^4000..];
            }
        }
    }

    public static async Task<DashboardAppProcess> StartAsync(string assembly, string dataDirectory, string adminPassword, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet",
        [
            assembly, "--urls", "http://127.0.0.1:0",
            "--Dashboard:Sandbox:Profiles:0=",
            // The fleet is standalone sandboxes on 127.0.0.1: the documented way to manage them is to allow loopback.
            "--Dashboard:Clusters:AllowedNetworks:0=127.0.0.0/8",
            // The big cluster's caches must not expire between the measurements with and without circuits.
            "--Dashboard:Caching:IdleTimeout=01:00:00",
        ])
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Dashboard__DataDirectory"] = dataDirectory;
        start.Environment["Dashboard__Admin__Password"] = adminPassword;
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_URLS");

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new DashboardAppProcess(process);
        process.OutputDataReceived += (_, e) => app.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => app.Collect(e.Data);
        process.Exited += (_, _) => app.listening.TrySetException(new InvalidOperationException($"The app exited before listening:\n{app.RecentOutput}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            app.Address = await app.listening.Task.WaitAsync(TimeSpan.FromSeconds(90), cancellationToken);
        }
        catch
        {
            app.Kill();
            throw;
        }

        return app;
    }

    /// <summary>Throws with the app's last output when it has exited (a crash during a measurement).</summary>
    public void EnsureRunning()
    {
        if (process.HasExited)
            throw new InvalidOperationException($"The app exited with code {process.ExitCode}:\n{RecentOutput}");
    }

    /// <summary>Safe to call from a signal handler, more than once.</summary>
    public void Kill()
    {
        try
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Not started or already gone.
        }
    }

    private void Collect(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
        if (ListeningLine().Match(line) is { Success: true } match)
            listening.TrySetResult(new Uri(match.Groups[1].Value));
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();

    public async ValueTask DisposeAsync()
    {
        Kill();
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
