namespace Dashboard.Web.Components.Resources;

/// <summary>
/// Turns a burst of cache events into one action, run <see cref="Delay"/> after the last event: a rollout that
/// touches fifty objects re-renders an open page once, not fifty times.
/// </summary>
public sealed class ChangeDebouncer(Func<Task> action) : IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(250);

    private readonly Lock gate = new();
    private CancellationTokenSource? pending;

    public void Notify()
    {
        CancellationTokenSource next;
        lock (gate)
        {
            pending?.Cancel();
            pending?.Dispose();
            next = pending = new CancellationTokenSource();
        }
        _ = RunAfterDelayAsync(next.Token);
    }

    private async Task RunAfterDelayAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Delay, cancellationToken);
            await action();
        }
        catch (OperationCanceledException)
        {
            // A newer event restarted the wait.
        }
        catch (ObjectDisposedException)
        {
            // The page went away meanwhile.
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            pending?.Cancel();
            pending?.Dispose();
            pending = null;
        }
    }
}
