using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.EndToEnd.Tests;

/// <summary>The dashboard as a separate process, the way a user starts it; its output is kept for assertions.</summary>
internal sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The app exited before listening:\n{Output}"));
    }

    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    public static async Task<(AppProcess App, Uri Address)> StartAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        var app = new AppProcess(start);
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        var address = await app.listening.Task.WaitAsync(timeout);
        return (app, address);
    }

    /// <summary>Waits until the output contains the text (log lines arrive asynchronously).</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Output.Contains(text, StringComparison.Ordinal))
                return true;
            await Task.Delay(100);
        }
        return false;
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
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
