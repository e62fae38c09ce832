using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// The legacy endpoints controller (pkg/controller/endpoint): an Endpoints named after the
/// Service, labelled like it, with one subset per set of resolved ports: ready pods in
/// <c>addresses</c>, the others in <c>notReadyAddresses</c>; terminating pods left out. No
/// ownerReference: it is deleted with its Service by this controller, not the garbage collector.
/// </summary>
internal sealed class EndpointsSync(ObjectStore store)
{
    private IStoreReader Reader => store;

    public void Reconcile(JsonObject service, IReadOnlyList<Backend> backends)
    {
        var ns = service.Namespace();
        var publishNotReady = service.Spec().BoolAt("publishNotReadyAddresses") == true;
        var subsets = new JsonArray();
        var headlessWithoutPorts = (service.Spec().ArrayAt("ports")?.Count ?? 0) == 0 && ServiceBackends.IsHeadless(service);
        var members = backends.Where(b => publishNotReady || !b.Terminating).Where(b => b.Ports.Count > 0 || headlessWithoutPorts);
        foreach (var group in members.GroupBy(b => b.PortKey, StringComparer.Ordinal))
        {
            var ready = group.Where(b => publishNotReady || b.Ready).OrderBy(b => b.Ip, StringComparer.Ordinal).ToList();
            var notReady = group.Except(ready).OrderBy(b => b.Ip, StringComparer.Ordinal).ToList();
            var subset = new JsonObject();
            if (ready.Count > 0)
            {
                subset["addresses"] = new JsonArray(ready.Select(b => (JsonNode)Address(b)).ToArray());
            }

            if (notReady.Count > 0)
            {
                subset["notReadyAddresses"] = new JsonArray(notReady.Select(b => (JsonNode)Address(b)).ToArray());
            }

            if (group.First().Ports.Count > 0)
            {
                subset["ports"] = new JsonArray(group.First().Ports.Select(p => (JsonNode)Port(p)).ToArray());
            }

            subsets.Add(subset);
        }

        var labels = new JsonObject();
        foreach (var (key, value) in service.Labels().Where(l => l.Key != EndpointSliceSync.HeadlessLabel))
        {
            labels[key] = value;
        }

        if (ServiceBackends.IsHeadless(service))
        {
            labels[EndpointSliceSync.HeadlessLabel] = string.Empty;
        }

        var now = EndpointSliceSync.TriggerTime(store.Clock.GetUtcNow());
        if (Reader.Get(ResourceCatalog.Endpoints, ns, service.Name()) is not { } current)
        {
            var created = new JsonObject
            {
                ["metadata"] = new JsonObject
                {
                    ["name"] = service.Name(),
                    ["annotations"] = new JsonObject { [EndpointSliceSync.TriggerTimeAnnotation] = now },
                },
            };
            if (labels.Count > 0)
            {
                created.Metadata()["labels"] = labels;
            }

            if (subsets.Count > 0)
            {
                created["subsets"] = subsets;
            }

            store.Create(ResourceCatalog.Endpoints, ns, created, dryRun: false);
            return;
        }

        var storedLabels = current.ObjectAt("metadata")?["labels"] ?? new JsonObject();
        if (JsonNode.DeepEquals(current["subsets"] ?? new JsonArray(), subsets) && JsonNode.DeepEquals(storedLabels, labels))
        {
            return;
        }

        store.Update(ResourceCatalog.Endpoints, ns, service.Name(), endpoints =>
        {
            var desired = endpoints!;
            desired.Metadata().Remove("labels");
            if (labels.Count > 0)
            {
                desired.Metadata()["labels"] = labels.DeepClone();
            }

            desired.Metadata().EnsureObject("annotations")[EndpointSliceSync.TriggerTimeAnnotation] = now;
            desired.Remove("subsets");
            if (subsets.Count > 0)
            {
                desired["subsets"] = subsets.DeepClone();
            }

            return desired;
        }, new WriteOptions());
    }

    /// <summary>The Service is gone: so is its Endpoints (the controller deletes it; there is no ownerReference).</summary>
    public void Remove(string ns, string name)
    {
        if (Reader.Get(ResourceCatalog.Endpoints, ns, name) is { } endpoints)
        {
            store.Delete(ResourceCatalog.Endpoints, ns, name, new DeleteOptions { PreconditionUid = OwnerReferences.Uid(endpoints) });
        }
    }

    /// <summary>podToEndpointAddressForService: the pod's IP, hostname, node (even when empty) and reference.</summary>
    private static JsonObject Address(Backend backend)
    {
        var address = new JsonObject { ["ip"] = backend.Ip };
        if (backend.Hostname is { } hostname)
        {
            address["hostname"] = hostname;
        }

        address["nodeName"] = backend.NodeName;
        address["targetRef"] = EndpointSliceSync.TargetRef(backend.Pod);
        return address;
    }

    private static JsonObject Port(BackendPort port)
    {
        var json = new JsonObject();
        if (port.Name.Length > 0)
        {
            json["name"] = port.Name;
        }

        json["port"] = port.Port;
        json["protocol"] = port.Protocol;
        if (port.AppProtocol is { } appProtocol)
        {
            json["appProtocol"] = appProtocol;
        }

        return json;
    }
}
