using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>The control plane's own controllers, which every cluster runs whatever its profile.</summary>
internal sealed class ClusterControllers(ObjectStore store) : IAsyncDisposable
{
    private readonly StoreController[] controllers = [new EndpointsController(store), new NamespaceController(store), new GarbageCollector(store)];

    public void Start()
    {
        foreach (var controller in controllers)
        {
            controller.Start();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var controller in controllers)
        {
            await controller.DisposeAsync();
        }
    }
}
