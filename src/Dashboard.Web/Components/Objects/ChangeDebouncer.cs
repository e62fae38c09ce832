namespace Dashboard.Web.Components.Objects;

/// <summary>
/// Turns a burst of cache events (or keystrokes) into one action, run a delay (<see cref="Delay"/> unless given)
/// after the last one: a rollout that touches fifty objects re-renders an open page once, not fifty times.
/// </summary>
public sealed class ChangeDebouncer(Func<Task> action, TimeSpan delay) : IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(250);

    public ChangeDebouncer(Func<Task> action)
        : this(action, Delay)
    {
    }

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
            await Task.Delay(delay, cancellationToken);
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
