namespace Dashboard.Kubernetes.Caching;

/// <summary>Exponential backoff with jitter, so many clusters failing together do not retry in lock-step.</summary>
internal sealed class Backoff
{
    private readonly TimeSpan initial;
    private readonly TimeSpan max;
    private TimeSpan next;

    public Backoff(TimeSpan initial, TimeSpan max)
    {
        this.initial = initial;
        this.max = max;
        next = initial;
    }

    public TimeSpan Next()
    {
        var current = next;
        next = TimeSpan.FromTicks(Math.Min(next.Ticks * 2, max.Ticks));
#pragma warning disable CA5394 // Jitter, not security.
        var jittered = current * (0.8 + (0.4 * Random.Shared.NextDouble()));
#pragma warning restore CA5394
        return jittered > max ? max : jittered;
    }

    public void Reset() => next = initial;
}
