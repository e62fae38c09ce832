using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Profiles;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Resources.Kinds;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// The platform's controllers in one loop: the ingress controller publishes addresses in Ingress
/// status, the cloud controller in LoadBalancer Service status. They write through the store's
/// status path like real controllers, so watchers see MODIFIED events; unchanged status is a no-op,
/// so the controller's own events settle instead of looping. The platform's Gateway API controller runs
/// beside them, in a loop of its own (<see cref="GatewayController"/>).
/// </summary>
internal sealed class ProfileController : IAsyncDisposable
{
    private readonly ObjectStore store;
    private readonly SandboxProfile profile;
    private readonly PlatformEvents events;
    private readonly WatchSubscription subscription;
    private readonly GatewayController gateways;
    private Task loop = Task.CompletedTask;

    /// <summary>Subscribes at once, so events of the profile's initial objects, stored before <see cref="Start"/>, are handled too.</summary>
    public ProfileController(ObjectStore store, SandboxProfile profile, EventRecorder events)
    {
        this.store = store;
        this.profile = profile;
        this.events = new PlatformEvents(profile, events);
        subscription = store.SubscribeAll();
        gateways = new GatewayController(store, profile);
    }

    public void Start()
    {
        loop = Task.Run(RunAsync);
        gateways.Start();
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
                // The object went away (or changed under us); the next event reconciles again.
            }
        }
    }

    private void Handle(WatchEvent change)
    {
        var kind = change.Object.Kind;
        if (kind == ResourceCatalog.Ingresses && change.Type != EventTypes.Deleted)
        {
            ReconcileIngress(change.Object.Namespace, change.Object.Name);
        }
        else if (kind == ResourceCatalog.IngressClasses || kind == ResourceCatalog.Nodes)
        {
            foreach (var ingress in Reader.List(ResourceCatalog.Ingresses))
            {
                ReconcileIngress(ingress.Namespace(), ingress.Name());
            }
        }
        else if (kind == ResourceCatalog.Services)
        {
            // A deleted LoadBalancer may free a pool address a pending one is waiting for.
            var services = change.Type == EventTypes.Deleted
                ? Reader.List(ResourceCatalog.Services).Select(s => (s.Namespace(), s.Name()))
                : [(change.Object.Namespace, change.Object.Name)];
            foreach (var (ns, name) in services)
            {
                ReconcileService(ns, name);
            }
        }
    }

    private IStoreReader Reader => store;

    private void ReconcileIngress(string ns, string name)
    {
        var controller = profile.IngressController;
        if (Reader.Get(ResourceCatalog.Ingresses, ns, name) is not { } ingress
            || !controller.Serves(ingress, IngressClassKind.DefaultClass(Reader)))
        {
            return;
        }

        WriteLoadBalancerStatus(ResourceCatalog.Ingresses, ns, name, controller.Ingress(ingress, Reader.List(ResourceCatalog.Nodes)));
        events.IngressServed(ingress);
    }

    private void ReconcileService(string ns, string name)
    {
        if (Reader.Get(ResourceCatalog.Services, ns, name) is not { } service)
        {
            return;
        }

        var others = Reader.List(ResourceCatalog.Services).Where(s => !(s.Namespace() == ns && s.Name() == name)).ToList();
        var desired = service.Spec().StringAt("type") == "LoadBalancer" ? profile.LoadBalancer.Ingress(service, others, Reader.List(ResourceCatalog.Nodes)) : null;
        events.ServiceStatusWritten(service, WriteLoadBalancerStatus(ResourceCatalog.Services, ns, name, desired));
    }

    /// <summary>Sets <c>status.loadBalancer.ingress</c> (null: none) through the status subresource.</summary>
    private JsonObject WriteLoadBalancerStatus(ResourceKind kind, string ns, string name, JsonArray? ingress) =>
        store.Update(kind, ns, name, existing =>
        {
            var obj = existing!;
            var loadBalancer = new JsonObject();
            if (ingress is { Count: > 0 })
            {
                loadBalancer["ingress"] = ingress.DeepClone();
            }

            obj.EnsureObject("status")["loadBalancer"] = loadBalancer;
            return obj;
        }, new WriteOptions { Target = WriteTarget.Status }).Object.Thaw();

    public async ValueTask DisposeAsync()
    {
        subscription.Dispose();
        await loop;
        await gateways.DisposeAsync();
    }
}
