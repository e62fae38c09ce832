using Dashboard.Kubernetes.Resources;

namespace Dashboard.Kubernetes.Caching;

/// <summary>
/// The state of one cluster's caches, from what each kind's loop reports: Ready once every kind is listed,
/// Unavailable while any kind's last LIST or WATCH failed (with that failure's sentence), Starting before.
/// Optional kinds (<see cref="ResourceSource{T}.Optional"/>) are waited for on the first read but never make the
/// cluster Starting or Unavailable: their stores carry their own problem.
/// </summary>
internal sealed class ClusterHealth
{
    private readonly Lock gate = new();
    private readonly bool[] loaded;
    private readonly bool[] attempted;
    private readonly string?[] errors;
    private readonly bool[] optional;
    private readonly TimeProvider clock;
    private readonly Action<CacheStatus> changed;
    private readonly TaskCompletionSource firstAttempts = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CacheStatus status;

    public ClusterHealth(int kinds, TimeProvider clock, Action<CacheStatus> changed)
    {
        loaded = new bool[kinds];
        attempted = new bool[kinds];
        errors = new string?[kinds];
        optional = new bool[kinds];
        this.clock = clock;
        this.changed = changed;
        status = new CacheStatus(CacheState.Starting, null, clock.GetUtcNow());
    }

    public CacheStatus Status
    {
        get
        {
            lock (gate)
                return status;
        }
    }

    /// <summary>Completes once every kind has tried its first LIST, whatever came of it (or the cache stopped).</summary>
    public Task FirstAttempts => firstAttempts.Task;

    /// <summary>True once every required kind has been listed at least once: the data is whole, if perhaps stale.</summary>
    public bool AllLoaded
    {
        get
        {
            lock (gate)
                return RequiredLoaded();
        }
    }

    /// <summary>Called while the loops are built, before any runs.</summary>
    public void MarkOptional(int kind)
    {
        lock (gate)
            optional[kind] = true;
    }

    public void Listed(int kind) => Report(kind, null);

    public void Failed(int kind, string sentence) => Report(kind, sentence);

    /// <summary>Releases waiters when the cache stops before its first lists finished.</summary>
    public void Stopped() => firstAttempts.TrySetResult();

    private void Report(int kind, string? error)
    {
        CacheStatus? next = null;
        lock (gate)
        {
            attempted[kind] = true;
            loaded[kind] |= error is null;
            errors[kind] = error;
            var firstError = errors.Where((_, i) => !optional[i]).FirstOrDefault(e => e is not null);
            var state = firstError is not null ? CacheState.Unavailable : RequiredLoaded() ? CacheState.Ready : CacheState.Starting;
            if (state != status.State || firstError != status.Error)
                next = status = new CacheStatus(state, firstError, state == status.State ? status.Since : clock.GetUtcNow());
            if (attempted.All(a => a))
                firstAttempts.TrySetResult();
        }
        if (next is not null)
            changed(next);
    }

    private bool RequiredLoaded() => loaded.Where((_, i) => !optional[i]).All(l => l);
}
