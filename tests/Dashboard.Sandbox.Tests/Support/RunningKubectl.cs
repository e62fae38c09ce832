using System.Diagnostics;
using System.Threading.Channels;

namespace Dashboard.Sandbox.Tests.Support;

/// <summary>A running kubectl whose stdout is read line by line as it comes.</summary>
public sealed class RunningKubectl : IAsyncDisposable
{
    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();
    private readonly List<string> seen = [];
    private readonly Task pump;

    public RunningKubectl(Process process)
    {
        this.process = process;
        process.StandardInput.Close();
        pump = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                await lines.Writer.WriteAsync(line);
            }

            lines.Writer.Complete();
        });
    }

    public IReadOnlyList<string> Seen => seen;

    /// <summary>The next line matching <paramref name="match"/>, within 10 s.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            await foreach (var line in lines.Reader.ReadAllAsync(timeout.Token))
            {
                seen.Add(line);
                if (match(line))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }

        var error = process.HasExited ? await process.StandardError.ReadToEndAsync(cancellationToken) : string.Empty;
        throw new TimeoutException($"kubectl printed no matching line. Seen:\n{string.Join('\n', seen)}\n{error}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        await pump;
        process.Dispose();
    }
}
