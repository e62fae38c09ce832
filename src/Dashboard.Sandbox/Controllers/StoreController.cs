using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// A controller of the emulated control plane: it sees every committed change, in order, and
/// writes back through the store like any client, so its writes are validated and watched too.
/// </summary>
internal abstract class StoreController : IAsyncDisposable
{
    private readonly WatchSubscription subscription;
    private Task loop = Task.CompletedTask;

    /// <summary>Subscribes at once, so objects created before <see cref="Start"/> (the profile's) are handled too.</summary>
    protected StoreController(ObjectStore store)
    {
        Store = store;
        subscription = store.SubscribeAll();
    }

    protected ObjectStore Store { get; }

    protected IStoreReader Reader => Store;

    public void Start() => loop = Task.Run(RunAsync);

    /// <summary>Reacts to one change; an <see cref="ApiException"/> (the object went, or changed under us) is dropped.</summary>
    protected abstract void Handle(WatchEvent change);

    public virtual async ValueTask DisposeAsync()
    {
        subscription.Dispose();
        await loop;
    }

    private async Task RunAsync()
    {
        await foreach (var change in subscription.Reader.ReadAllAsync())
        {
            try
            {
                Handle(change);
            }
            catch (ApiException)
            {
                // The next event about the object reconciles again.
            }
        }
    }
}
