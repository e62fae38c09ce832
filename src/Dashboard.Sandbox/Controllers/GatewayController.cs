using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Profiles;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// The platform's Gateway API controller (behaviour from the profile): it accepts the GatewayClasses naming
/// its controllerName, gives their Gateways addresses and listener status, and writes each route's
/// <c>status.parents</c> entry for the parents it owns. Level-triggered: any change to Gateway API objects,
/// Services, Secrets, namespaces, nodes or the chart values re-evaluates everything, so a route waiting for
/// its Service or a listener for its Secret settles as soon as they appear.
/// </summary>
internal sealed class GatewayController(ObjectStore store, SandboxProfile profile) : ReconcilingController(store)
{
    private static readonly ResourceKind[] RouteKinds =
        [ResourceCatalog.HttpRoutes, ResourceCatalog.GrpcRoutes, ResourceCatalog.TcpRoutes, ResourceCatalog.UdpRoutes, ResourceCatalog.TlsRoutes];

    private static readonly HashSet<ResourceKind> Watched =
    [
        .. ResourceCatalog.GatewayApi,
        ResourceCatalog.Services, ResourceCatalog.Secrets, ResourceCatalog.Namespaces, ResourceCatalog.Nodes, ResourceCatalog.HelmChartConfigs,
    ];

    private readonly GatewayControllerBehaviour behaviour = profile.GatewayController;

    protected override bool Watches(ResourceKind kind) => Watched.Contains(kind);

    protected override void Reconcile()
    {
        if (behaviour.Implementations.Count == 0)
        {
            return;
        }

        if (behaviour.TraefikChart is { } chart)
        {
            Step(() => TraefikGatewayProvider.Apply(Store, chart));
        }

        var classes = new Dictionary<string, GatewayImplementation>(StringComparer.Ordinal);
        foreach (var gatewayClass in Reader.List(ResourceCatalog.GatewayClasses))
        {
            if (behaviour.Find(gatewayClass.Spec().StringAt("controllerName")) is { } implementation)
            {
                classes[gatewayClass.Name()] = implementation;
                Step(() => AcceptClass(gatewayClass));
            }
        }

        var gateways = Reader.List(ResourceCatalog.Gateways)
            .Where(g => classes.ContainsKey(g.Spec().StringAt("gatewayClassName") ?? string.Empty))
            .ToList();
        Step(() => behaviour.Addressing.Release(gateways, Store));
        var listeners = gateways.ToDictionary(Key, g => Listeners(g, classes[g.Spec().StringAt("gatewayClassName")!]), StringComparer.Ordinal);
        var namespaces = Reader.List(ResourceCatalog.Namespaces).ToDictionary(n => n.Name(), n => n.Labels(), StringComparer.Ordinal);
        foreach (var kind in RouteKinds)
        {
            foreach (var route in Reader.List(kind))
            {
                Step(() => ReconcileRoute(kind, route, gateways, listeners, namespaces, classes));
            }
        }

        foreach (var gateway in gateways)
        {
            Step(() => ReconcileGateway(gateway, gateways, listeners[Key(gateway)], classes[gateway.Spec().StringAt("gatewayClassName")!]));
        }
    }

    private static string Key(JsonObject obj) => $"{obj.Namespace()}/{obj.Name()}";

    private static long Generation(JsonObject obj) => obj.ObjectAt("metadata").LongAt("generation") ?? 1;

    private void AcceptClass(JsonObject gatewayClass)
    {
        var status = gatewayClass.Status();
        var conditions = new GatewayConditions(status.ArrayAt("conditions"), Generation(gatewayClass), Now)
            .Set("Accepted", true, "Accepted", "Valid GatewayClass")
            .Set("SupportedVersion", true, "SupportedVersion", "Gateway API CRD bundle version v1.4.1 is supported")
            .ToArray();
        WriteStatus(ResourceCatalog.GatewayClasses, gatewayClass, s => s["conditions"] = conditions);
    }

    /// <summary>Each listener's state: protocol support, the route kinds it takes, its certificates.</summary>
    private List<ListenerState> Listeners(JsonObject gateway, GatewayImplementation implementation) =>
        gateway.Spec().ArrayAt("listeners").Objects().Select(listener =>
        {
            var protocol = listener.StringAt("protocol") ?? string.Empty;
            var carried = RouteMatching.KindsFor(protocol);
            var asked = listener.ObjectAt("allowedRoutes").ArrayAt("kinds").Objects().ToList();
            var supported = asked.Count == 0
                ? carried
                : asked.Where(k => k.StringAt("group") is null or Resources.Kinds.GatewayApiKind.ApiGroup && carried.Contains(k.StringAt("kind")!)).Select(k => k.StringAt("kind")!).ToList();
            var invalid = asked.Select(k => k.StringAt("kind") ?? string.Empty).Where(k => !supported.Contains(k)).ToList();
            return new ListenerState(listener)
            {
                ProtocolSupported = implementation.Protocols.Contains(protocol),
                SupportedKinds = supported,
                InvalidKinds = invalid,
                CertificateProblem = CertificateProblem(gateway, listener),
            };
        }).ToList();

    /// <summary>An HTTPS or TLS-terminating listener needs Secrets that exist (and, across namespaces, a ReferenceGrant).</summary>
    private (string Reason, string Message)? CertificateProblem(JsonObject gateway, JsonObject listener)
    {
        var protocol = listener.StringAt("protocol");
        var tls = listener.ObjectAt("tls");
        if (protocol is not ("HTTPS" or "TLS") || (tls.StringAt("mode") ?? "Terminate") != "Terminate")
        {
            return null;
        }

        var refs = tls.ArrayAt("certificateRefs").Objects().ToList();
        if (refs.Count == 0)
        {
            return ("InvalidCertificateRef", "Listener must have at least 1 TLS certificate ref");
        }

        foreach (var reference in refs)
        {
            var ns = reference.StringAt("namespace") ?? gateway.Namespace();
            var name = reference.StringAt("name") ?? string.Empty;
            if ((reference.StringAt("group") ?? string.Empty).Length != 0 || (reference.StringAt("kind") ?? "Secret") != "Secret")
            {
                return ("InvalidCertificateRef", $"Certificate ref {name} is not a core Secret");
            }

            if (ns != gateway.Namespace() && !ReferenceGrants.Allow(Reader, "Gateway", gateway.Namespace(), ns, string.Empty, "Secret", name))
            {
                return ("RefNotPermitted", $"Certificate ref to secret {ns}/{name} not permitted by any ReferenceGrant");
            }

            if (Reader.Get(ResourceCatalog.Secrets, ns, name) is null)
            {
                return ("InvalidCertificateRef", $"Secret {ns}/{name} does not exist.");
            }
        }

        return null;
    }

    private void ReconcileRoute(
        ResourceKind kind,
        JsonObject route,
        IReadOnlyList<JsonObject> gateways,
        Dictionary<string, List<ListenerState>> listeners,
        Dictionary<string, IReadOnlyDictionary<string, string>> namespaces,
        Dictionary<string, GatewayImplementation> classes)
    {
        var ours = new JsonArray();
        var generation = Generation(route);
        var previous = route.Status().ArrayAt("parents").Objects().ToList();
        var resolved = BackendResolution.Resolve(Reader, kind.Kind, route);
        var hostnames = route.Spec().ArrayAt("hostnames")?.Select(h => JsonNodes.AsString(h)).OfType<string>().ToList() ?? [];
        var routeLabels = namespaces.GetValueOrDefault(route.Namespace()) ?? new Dictionary<string, string>();
        foreach (var parentRef in route.Spec().ArrayAt("parentRefs").Objects())
        {
            if (parentRef.StringAt("group") != Resources.Kinds.GatewayApiKind.ApiGroup || parentRef.StringAt("kind") != "Gateway")
            {
                continue;
            }

            var ns = parentRef.StringAt("namespace") ?? route.Namespace();
            var gateway = gateways.FirstOrDefault(g => g.Namespace() == ns && g.Name() == parentRef.StringAt("name"));
            string controllerName;
            (bool Accepted, string Reason, string Message) accepted;
            if (gateway is null)
            {
                // A Gateway of another controller's class is not ours to report on; a missing one is.
                if (Reader.Get(ResourceCatalog.Gateways, ns, parentRef.StringAt("name") ?? string.Empty) is not null)
                {
                    continue;
                }

                controllerName = behaviour.Implementations[0].ControllerName;
                accepted = (false, "NoMatchingParent", $"Gateway {ns}/{parentRef.StringAt("name")} does not exist");
            }
            else
            {
                controllerName = classes[gateway.Spec().StringAt("gatewayClassName")!].ControllerName;
                accepted = Attach(kind.Kind, route, parentRef, gateway, listeners[Key(gateway)], hostnames, routeLabels);
            }

            var before = previous.FirstOrDefault(p => p.StringAt("controllerName") == controllerName && JsonNode.DeepEquals(p["parentRef"], parentRef));
            ours.Add(new JsonObject
            {
                ["conditions"] = new GatewayConditions(before.ArrayAt("conditions"), generation, Now)
                    .Set("Accepted", accepted.Accepted, accepted.Reason, accepted.Message)
                    .Set("ResolvedRefs", resolved.Resolved, resolved.Reason, resolved.Message)
                    .ToArray(),
                ["controllerName"] = controllerName,
                ["parentRef"] = parentRef.DeepClone(),
            });
        }

        var mine = behaviour.Implementations.Select(i => i.ControllerName).ToHashSet(StringComparer.Ordinal);
        var others = previous.Where(p => !mine.Contains(p.StringAt("controllerName") ?? string.Empty)).Select(p => (JsonNode)p.DeepClone());
        var parents = new JsonArray([.. others, .. ours.Select(p => p!.DeepClone())]);
        WriteStatus(kind, route, status => status["parents"] = parents);
    }

    /// <summary>Which listeners of the parent take the route, counting it into each; the reason when none does.</summary>
    private static (bool, string, string) Attach(
        string routeKind,
        JsonObject route,
        JsonObject parentRef,
        JsonObject gateway,
        List<ListenerState> listeners,
        IReadOnlyList<string> hostnames,
        IReadOnlyDictionary<string, string> routeNamespaceLabels)
    {
        var section = parentRef.StringAt("sectionName");
        var port = parentRef.LongAt("port");
        var candidates = listeners.Where(l => (section is null || l.Name == section) && (port is null || l.Port == port)).ToList();
        if (candidates.Count == 0)
        {
            var what = section is not null ? $"listener {section}" : $"listener on port {port}";
            return (false, "NoMatchingParent", $"No {what} exists on Gateway {Key(gateway)}");
        }

        var allowed = candidates.Where(l => l.ProtocolSupported
            && l.SupportedKinds.Contains(routeKind)
            && RouteMatching.NamespaceAllowed(l.AllowedNamespaces, gateway.Namespace(), route.Namespace(), routeNamespaceLabels)).ToList();
        if (allowed.Count == 0)
        {
            return (false, "NotAllowedByListeners", "No listeners included by this parent ref allowed this attachment.");
        }

        var matching = RouteMatching.HasHostnames(routeKind) ? allowed.Where(l => RouteMatching.HostnamesIntersect(l.Hostname, hostnames)).ToList() : allowed;
        if (matching.Count == 0)
        {
            return (false, "NoMatchingListenerHostname", $"There were no hostname intersections between the {routeKind} and this parent ref's Listener(s).");
        }

        matching.ForEach(l => l.AttachedRoutes++);
        return (true, "Accepted", "Route is accepted");
    }

    private void ReconcileGateway(JsonObject gateway, IReadOnlyList<JsonObject> gateways, List<ListenerState> listeners, GatewayImplementation implementation)
    {
        var generation = Generation(gateway);
        var others = gateways.Where(g => Key(g) != Key(gateway)).Select(g => Reader.Get(ResourceCatalog.Gateways, g.Namespace(), g.Name()) ?? g).ToList();
        var addresses = behaviour.Addressing.Assign(gateway, others, Store);
        var status = gateway.Status();
        var previousListeners = status.ArrayAt("listeners").Objects().ToList();
        var anyValid = listeners.Any(l => l.ProtocolSupported);
        var listenerStatus = new JsonArray(listeners.Select(l =>
        {
            var before = previousListeners.FirstOrDefault(p => p.StringAt("name") == l.Name);
            var conditions = new GatewayConditions(before.ArrayAt("conditions"), generation, Now);
            conditions = l.ProtocolSupported
                ? conditions.Set("Accepted", true, "Accepted", "Listener is accepted")
                : conditions.Set("Accepted", false, "UnsupportedProtocol", $"Protocol {l.Protocol} is not supported by {implementation.ControllerName}; supported: {string.Join(", ", implementation.Protocols)}");
            conditions = l.CertificateProblem is { } problem
                ? conditions.Set("ResolvedRefs", false, problem.Reason, problem.Message)
                : l.InvalidKinds.Count > 0
                    ? conditions.Set("ResolvedRefs", false, "InvalidRouteKinds", $"Route kinds {string.Join(", ", l.InvalidKinds)} are not supported on a {l.Protocol} listener")
                    : conditions.Set("ResolvedRefs", true, "ResolvedRefs", "Listener references have been resolved");
            var programmed = l.ProtocolSupported && l.CertificateProblem is null;
            conditions = programmed
                ? conditions.Set("Programmed", true, "Programmed", "Listener is programmed")
                : conditions.Set("Programmed", false, "Invalid", "Listener is invalid, see other Conditions for details.");
            return (JsonNode)new JsonObject
            {
                ["attachedRoutes"] = l.AttachedRoutes,
                ["conditions"] = conditions.ToArray(),
                ["name"] = l.Name,
                ["supportedKinds"] = new JsonArray(l.SupportedKinds.Select(k => (JsonNode)new JsonObject { ["group"] = Resources.Kinds.GatewayApiKind.ApiGroup, ["kind"] = k }).ToArray()),
            };
        }).ToArray());
        var gatewayConditions = new GatewayConditions(status.ArrayAt("conditions"), generation, Now);
        gatewayConditions = anyValid
            ? gatewayConditions.Set("Accepted", true, "Accepted", "The Gateway has been scheduled")
            : gatewayConditions.Set("Accepted", false, "ListenersNotValid", "No listener of the Gateway is valid");
        gatewayConditions = !anyValid
            ? gatewayConditions.Set("Programmed", false, "Invalid", "No listener of the Gateway is valid")
            : addresses.Count == 0
                ? gatewayConditions.Set("Programmed", false, "AddressNotAssigned", "No addresses have been assigned to the Gateway")
                : gatewayConditions.Set("Programmed", true, "Programmed", "Address assigned to the Gateway");
        var conditionArray = gatewayConditions.ToArray();
        WriteStatus(ResourceCatalog.Gateways, gateway, s =>
        {
            if (addresses.Count > 0)
            {
                s["addresses"] = addresses.DeepClone();
            }
            else
            {
                s.Remove("addresses");
            }

            s["conditions"] = conditionArray.DeepClone();
            s["listeners"] = listenerStatus.DeepClone();
        });
    }

    /// <summary>Writes status only when it differs, so the controller's own writes settle.</summary>
    private void WriteStatus(ResourceKind kind, JsonObject obj, Action<JsonObject> change)
    {
        var desired = (obj.Status()?.DeepClone() as JsonObject) ?? [];
        change(desired);
        if (JsonNode.DeepEquals(desired, obj.Status()))
        {
            return;
        }

        Store.ChangeStatus(kind, obj, status => change(status));
    }
}
