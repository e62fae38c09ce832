using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// A level-triggered control loop, as kube-controller-manager's: any change to a kind it watches
/// (or a wake-up it asked for) makes it reconcile everything it owns against the store. Bursts of
/// changes fold into one pass, and its own writes settle because an unchanged write is a no-op.
/// </summary>
internal abstract class ReconcilingController : IAsyncDisposable
{
    private readonly WatchSubscription subscription;
    private readonly SemaphoreSlim pending = new(0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock timerGate = new();
    private DateTimeOffset? nextWake;
    private Task pump = Task.CompletedTask;
    private Task loop = Task.CompletedTask;

    /// <summary>Subscribes at once, so nothing committed between construction and <see cref="Start"/> is missed.</summary>
    protected ReconcilingController(ObjectStore store)
    {
        Store = store;
        subscription = store.SubscribeAll();
    }

    protected ObjectStore Store { get; }

    protected IStoreReader Reader => Store;

    protected DateTimeOffset Now => Store.Clock.GetUtcNow();

    public void Start()
    {
        pump = Task.Run(PumpAsync);
        loop = Task.Run(LoopAsync);
        Wake();
    }

    /// <summary>Whether a change to <paramref name="kind"/> can matter to this controller.</summary>
    protected abstract bool Watches(ResourceKind kind);

    /// <summary>One full pass. Each object's work is its own: one failing does not stop the rest.</summary>
    protected abstract void Reconcile();

    /// <summary>Runs one object's step; a 404/409 means it changed under us, and the next pass sees the new state.</summary>
    protected static void Step(Action action)
    {
        try
        {
            action();
        }
        catch (ApiException)
        {
        }
    }

    /// <summary>
    /// Asks for another pass after <paramref name="delay"/> (a timer, not a change, is due then).
    /// One timer at a time: a request due after the pending one is already covered by it.
    /// </summary>
    protected void WakeAfter(TimeSpan delay)
    {
        if (stopping.IsCancellationRequested)
        {
            return;
        }

        var due = Now + delay;
        lock (timerGate)
        {
            if (nextWake is { } pendingDue && pendingDue <= due)
            {
                return;
            }

            nextWake = due;
        }

        _ = Task.Delay(delay, Store.Clock, stopping.Token).ContinueWith(_ =>
        {
            lock (timerGate)
            {
                if (nextWake == due)
                {
                    nextWake = null;
                }
            }

            Wake();
        }, CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    private void Wake()
    {
        if (!stopping.IsCancellationRequested)
        {
            pending.Release();
        }
    }

    private async Task PumpAsync()
    {
        await foreach (var change in subscription.Reader.ReadAllAsync())
        {
            if (Watches(change.Object.Kind))
            {
                Wake();
            }
        }
    }

    private async Task LoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await pending.WaitAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            while (pending.Wait(0))
            {
                // Fold the burst into this one pass.
            }

            try
            {
                Reconcile();
            }
            catch (Exception) when (!stopping.IsCancellationRequested)
            {
                // A pass that failed half-way is retried on the next change, as a requeue would.
                WakeAfter(TimeSpan.FromMilliseconds(200));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        subscription.Dispose();
        await pump;
        await loop;

        // The CancellationTokenSource and the semaphore stay undisposed: a timer may still fire into them.
    }
}
