namespace Dashboard.Sandbox.Api;

/// <summary>
/// The token every watch stream listens to: cancelled when the cluster stops, and on demand when
/// a test drops all watches (<see cref="SandboxCluster.DropWatches"/>). A cut replaces the token,
/// so watches started afterwards run normally.
/// </summary>
internal sealed class WatchCutoff(CancellationToken stopping) : IDisposable
{
    private readonly Lock gate = new();
    private CancellationTokenSource current = CancellationTokenSource.CreateLinkedTokenSource(stopping);

    public CancellationToken Token
    {
        get
        {
            // Under the lock: Cut disposes the source it replaces, and Token throws once disposed.
            lock (gate)
            {
                return current.Token;
            }
        }
    }

    /// <summary>Ends every watch open now.</summary>
    public void Cut()
    {
        CancellationTokenSource old;
        lock (gate)
        {
            old = current;
            current = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        }

        // Outside the lock: cancellation runs the streams' callbacks.
        old.Cancel();
        old.Dispose();
    }

    public void Dispose()
    {
        lock (gate)
        {
            current.Dispose();
        }
    }
}
