using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Resources.Kinds;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// Keeps every selecting Service's EndpointSlices and Endpoints in step with its pods, as
/// kube-controller-manager's endpointslice and endpoints controllers do, plus the apiserver's
/// own <c>kubernetes</c> EndpointSlice. A Service without a selector is left to its user.
/// </summary>
internal sealed class EndpointsController : StoreController
{
    private const string ApiServerNamespace = "default";
    private const string ApiServerService = "kubernetes";

    private readonly EndpointSliceSync slices;
    private readonly EndpointsSync endpoints;

    public EndpointsController(ObjectStore store)
        : base(store)
    {
        slices = new EndpointSliceSync(store);
        endpoints = new EndpointsSync(store);
    }

    protected override void Handle(WatchEvent change)
    {
        var kind = change.Object.Kind;
        var ns = change.Object.Namespace;
        if (kind == ResourceCatalog.Services)
        {
            Reconcile(ns, change.Object.Name);
        }
        else if (kind == ResourceCatalog.Pods)
        {
            foreach (var service in Reader.List(ResourceCatalog.Services, ns).Where(ServiceBackends.IsManaged))
            {
                Reconcile(ns, service.Name());
            }
        }
        else if (kind == ResourceCatalog.Endpoints && ns == ApiServerNamespace && change.Object.Name == ApiServerService)
        {
            if (change.Type != EventTypes.Deleted)
            {
                slices.MirrorApiServer(change.Object.Thaw());
            }
        }
        else if (kind == ResourceCatalog.Endpoints && change.Type != EventTypes.Added)
        {
            // Someone changed or deleted a managed Endpoints: put it back.
            Reconcile(ns, change.Object.Name);
        }
        else if (kind == ResourceCatalog.EndpointSlices && change.Type != EventTypes.Added
                 && change.Object.Labels.GetValueOrDefault(EndpointSliceKind.ManagedByLabel) == EndpointSliceSync.ControllerName
                 && change.Object.Labels.GetValueOrDefault(EndpointSliceKind.ServiceNameLabel) is { } service)
        {
            Reconcile(ns, service);
        }
    }

    private void Reconcile(string ns, string name)
    {
        if (Reader.Get(ResourceCatalog.Services, ns, name) is not { } service)
        {
            // Its slices go with it through their ownerReference; its Endpoints is ours to delete.
            endpoints.Remove(ns, name);
            return;
        }

        if (!ServiceBackends.IsManaged(service))
        {
            return;
        }

        var backends = ServiceBackends.Of(service, Reader);
        slices.Reconcile(service, backends);
        endpoints.Reconcile(service, backends);
    }
}
