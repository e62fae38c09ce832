using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Resources.Kinds;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// The endpointslice controller's reconciler (pkg/controller/endpointslice): one IPv4 slice per
/// set of resolved ports, owned by the Service, named <c>&lt;service&gt;-&lt;5 random&gt;</c>; a
/// Service without ready-or-not pods keeps one empty placeholder slice. Slices that already say
/// the same are left alone.
/// </summary>
internal sealed class EndpointSliceSync(ObjectStore store)
{
    public const string ControllerName = "endpointslice-controller.k8s.io";

    public const string TriggerTimeAnnotation = "endpoints.kubernetes.io/last-change-trigger-time";

    public const string HeadlessLabel = "service.kubernetes.io/headless";

    private const int MaxEndpointsPerSlice = 100;

    private IStoreReader Reader => store;

    public void Reconcile(JsonObject service, IReadOnlyList<Backend> backends)
    {
        var ns = service.Namespace();
        var existing = Reader.List(ResourceCatalog.EndpointSlices, ns)
            .Where(slice => slice.Labels().GetValueOrDefault(EndpointSliceKind.ServiceNameLabel) == service.Name()
                            && slice.Labels().GetValueOrDefault(EndpointSliceKind.ManagedByLabel) == ControllerName
                            && OwnerReferences.Of(slice).Any(r => r.StringAt("uid") == OwnerReferences.Uid(service)))
            .ToList();
        var desired = backends
            .GroupBy(b => b.PortKey, StringComparer.Ordinal)
            .SelectMany(group => group.Chunk(MaxEndpointsPerSlice).Select(chunk => (Ports: group.First().Ports, Backends: (IReadOnlyList<Backend>)chunk)))
            .ToList();
        if (desired.Count == 0)
        {
            desired.Add(([], []));
        }

        var unused = existing.ToList();
        var now = TriggerTime(store.Clock.GetUtcNow());
        foreach (var (ports, members) in desired)
        {
            var wanted = Slice(service, ports, members);
            var match = unused.FirstOrDefault(s => JsonNode.DeepEquals(s["ports"] ?? new JsonArray(), wanted["ports"] ?? new JsonArray()));
            if (match is null)
            {
                wanted.Metadata()["generateName"] = service.Name() + "-";
                wanted.Metadata().EnsureObject("annotations")[TriggerTimeAnnotation] = now;
                store.Create(ResourceCatalog.EndpointSlices, ns, wanted, dryRun: false);
                continue;
            }

            unused.Remove(match);
            if (!SaysTheSame(match, wanted))
            {
                store.Update(ResourceCatalog.EndpointSlices, ns, match.Name(), current => Refresh(current!, wanted, now), new WriteOptions());
            }
        }

        foreach (var stale in unused)
        {
            store.Delete(ResourceCatalog.EndpointSlices, ns, stale.Name(), new DeleteOptions { PreconditionUid = OwnerReferences.Uid(stale) });
        }
    }

    /// <summary>The apiserver's own slice for the <c>kubernetes</c> Service, mirrored from its Endpoints (controlplane/reconcilers).</summary>
    public void MirrorApiServer(JsonObject endpoints)
    {
        var subset = endpoints.ArrayAt("subsets").Objects().FirstOrDefault();
        var ports = new JsonArray(subset.ArrayAt("ports").Objects()
            .Select(p => (JsonNode)new JsonObject { ["name"] = p.StringAt("name") ?? string.Empty, ["protocol"] = p.StringAt("protocol") ?? "TCP", ["port"] = p.LongAt("port") })
            .ToArray());
        JsonNode Endpoint(JsonObject address, bool ready)
        {
            var endpoint = new JsonObject
            {
                ["addresses"] = new JsonArray(address.StringAt("ip")),
                ["conditions"] = new JsonObject { ["ready"] = ready },
            };
            if (address["targetRef"] is { } targetRef)
            {
                endpoint["targetRef"] = targetRef.DeepClone();
            }

            if (address.StringAt("nodeName") is { } nodeName)
            {
                endpoint["nodeName"] = nodeName;
            }

            return endpoint;
        }

        var wanted = new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["name"] = endpoints.Name(),
                ["labels"] = new JsonObject { [EndpointSliceKind.ServiceNameLabel] = endpoints.Name() },
            },
            ["addressType"] = "IPv4",
            ["endpoints"] = new JsonArray(subset.ArrayAt("addresses").Objects().Select(a => Endpoint(a, ready: true))
                .Concat(subset.ArrayAt("notReadyAddresses").Objects().Select(a => Endpoint(a, ready: false))).ToArray()),
            ["ports"] = ports,
        };
        var ns = endpoints.Namespace();
        if (Reader.Get(ResourceCatalog.EndpointSlices, ns, endpoints.Name()) is not { } current)
        {
            store.Create(ResourceCatalog.EndpointSlices, ns, wanted, dryRun: false);
        }
        else if (!JsonNode.DeepEquals(current["endpoints"], wanted["endpoints"]) || !JsonNode.DeepEquals(current["ports"], wanted["ports"]))
        {
            store.Update(ResourceCatalog.EndpointSlices, ns, endpoints.Name(), slice =>
            {
                slice!["endpoints"] = wanted["endpoints"]!.DeepClone();
                slice["ports"] = wanted["ports"]!.DeepClone();
                return slice;
            }, new WriteOptions());
        }
    }

    /// <summary>
    /// RFC3339Nano of the change's time. The real trigger times come from object timestamps,
    /// which have whole seconds, so no fraction is written either.
    /// </summary>
    public static string TriggerTime(DateTimeOffset now) => ObjectMeta.Timestamp(now);

    /// <summary>setEndpointSliceLabels: the Service's labels, the headless marker, then the two reserved ones.</summary>
    public static JsonObject Labels(JsonObject service)
    {
        var labels = new JsonObject();
        foreach (var (key, value) in service.Labels().Where(l => l.Key is not (EndpointSliceKind.ServiceNameLabel or EndpointSliceKind.ManagedByLabel)))
        {
            labels[key] = value;
        }

        if (ServiceBackends.IsHeadless(service))
        {
            labels[HeadlessLabel] = string.Empty;
        }

        labels[EndpointSliceKind.ServiceNameLabel] = service.Name();
        labels[EndpointSliceKind.ManagedByLabel] = ControllerName;
        return labels;
    }

    private static JsonObject Slice(JsonObject service, IReadOnlyList<BackendPort> ports, IReadOnlyList<Backend> members)
    {
        var slice = new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["labels"] = Labels(service),
                ["ownerReferences"] = new JsonArray(OwnerReferences.ControllerReference(ResourceCatalog.Services, service)),
            },
            ["addressType"] = "IPv4",
        };
        if (members.Count > 0)
        {
            var publishNotReady = service.Spec().BoolAt("publishNotReadyAddresses") == true;
            slice["endpoints"] = new JsonArray(members.Select(b => (JsonNode)Endpoint(b, publishNotReady)).ToArray());
        }

        if (ports.Count > 0)
        {
            slice["ports"] = new JsonArray(ports.Select(p => (JsonNode)Port(p)).ToArray());
        }

        return slice;
    }

    /// <summary>podToEndpoint: never ready while terminating (unless publishNotReadyAddresses), serving as the pod is.</summary>
    private static JsonObject Endpoint(Backend backend, bool publishNotReady)
    {
        var endpoint = new JsonObject
        {
            ["addresses"] = new JsonArray(backend.Ip),
            ["conditions"] = new JsonObject
            {
                ["ready"] = publishNotReady || (backend.Ready && !backend.Terminating),
                ["serving"] = backend.Ready,
                ["terminating"] = backend.Terminating,
            },
        };
        if (backend.Hostname is { } hostname)
        {
            endpoint["hostname"] = hostname;
        }

        endpoint["targetRef"] = TargetRef(backend.Pod);
        if (backend.NodeName.Length > 0)
        {
            endpoint["nodeName"] = backend.NodeName;
        }

        if (backend.Zone is { } zone)
        {
            endpoint["zone"] = zone;
        }

        return endpoint;
    }

    public static JsonObject TargetRef(JsonObject pod) => new()
    {
        ["kind"] = "Pod",
        ["namespace"] = pod.Namespace(),
        ["name"] = pod.Name(),
        ["uid"] = OwnerReferences.Uid(pod),
    };

    /// <summary>The slice writes the port's name even when empty, and its protocol, as pointers.</summary>
    private static JsonObject Port(BackendPort port)
    {
        var json = new JsonObject { ["name"] = port.Name, ["protocol"] = port.Protocol, ["port"] = port.Port };
        if (port.AppProtocol is { } appProtocol)
        {
            json["appProtocol"] = appProtocol;
        }

        return json;
    }

    private static bool SaysTheSame(JsonObject current, JsonObject wanted) =>
        JsonNode.DeepEquals(current["endpoints"], wanted["endpoints"])
        && JsonNode.DeepEquals(current["ports"], wanted["ports"])
        && JsonNode.DeepEquals(current.ObjectAt("metadata")?["labels"], wanted.ObjectAt("metadata")?["labels"])
        && JsonNode.DeepEquals(current.ObjectAt("metadata")?["ownerReferences"], wanted.ObjectAt("metadata")?["ownerReferences"]);

    private static JsonObject Refresh(JsonObject current, JsonObject wanted, string now)
    {
        var meta = current.Metadata();
        meta["labels"] = wanted.ObjectAt("metadata")!["labels"]!.DeepClone();
        meta["ownerReferences"] = wanted.ObjectAt("metadata")!["ownerReferences"]!.DeepClone();
        meta.EnsureObject("annotations")[TriggerTimeAnnotation] = now;
        current.Remove("endpoints");
        current.Remove("ports");
        foreach (var field in new[] { "endpoints", "ports" })
        {
            if (wanted[field] is { } value)
            {
                current[field] = value.DeepClone();
            }
        }

        return current;
    }
}
