using Dashboard.Kubernetes.Resources;

namespace Dashboard.Kubernetes.Caching;

/// <summary>
/// The state of one cluster's caches, from what each kind's loop reports: Ready once every kind is listed,
/// Unavailable while any kind's last LIST or WATCH failed (with that failure's sentence), Starting before.
/// </summary>
internal sealed class ClusterHealth
{
    private readonly Lock gate = new();
    private readonly bool[] loaded;
    private readonly bool[] attempted;
    private readonly string?[] errors;
    private readonly TimeProvider clock;
    private readonly Action<CacheStatus> changed;
    private readonly TaskCompletionSource firstAttempts = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CacheStatus status;

    public ClusterHealth(int kinds, TimeProvider clock, Action<CacheStatus> changed)
    {
        loaded = new bool[kinds];
        attempted = new bool[kinds];
        errors = new string?[kinds];
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

    /// <summary>True once every kind has been listed at least once: the data is whole, if perhaps stale.</summary>
    public bool AllLoaded
    {
        get
        {
            lock (gate)
                return loaded.All(l => l);
        }
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
            var firstError = errors.FirstOrDefault(e => e is not null);
            var state = firstError is not null ? CacheState.Unavailable : loaded.All(l => l) ? CacheState.Ready : CacheState.Starting;
            if (state != status.State || firstError != status.Error)
                next = status = new CacheStatus(state, firstError, state == status.State ? status.Since : clock.GetUtcNow());
            if (attempted.All(a => a))
                firstAttempts.TrySetResult();
        }
        if (next is not null)
            changed(next);
    }
}
