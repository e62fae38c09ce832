using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// A route's <c>ResolvedRefs</c>: every backendRef must be a core Service (else <c>InvalidKind</c>), in the
/// route's namespace or one whose ReferenceGrant allows it (else <c>RefNotPermitted</c>), existing and serving
/// the port named (else <c>BackendNotFound</c>). The first failure is the one reported.
/// </summary>
internal static class BackendResolution
{
    public static (bool Resolved, string Reason, string Message) Resolve(IStoreReader store, string routeKind, JsonObject route)
    {
        var routeNamespace = route.Namespace();
        var rules = route.Spec().ArrayAt("rules").Objects().ToList();
        for (var i = 0; i < rules.Count; i++)
        {
            var backends = rules[i].ArrayAt("backendRefs").Objects().ToList();
            for (var j = 0; j < backends.Count; j++)
            {
                var where = $"Failed to process route rule {i} backendRef {j}";
                var backend = backends[j];
                var group = backend.StringAt("group") ?? string.Empty;
                var kind = backend.StringAt("kind") ?? "Service";
                var name = backend.StringAt("name") ?? string.Empty;
                var ns = backend.StringAt("namespace") ?? routeNamespace;
                if (group.Length != 0 || kind != "Service")
                {
                    var groupKind = group.Length == 0 ? kind : $"{kind}.{group}";
                    return (false, "InvalidKind", $"{where}: {groupKind} is not a supported backend kind; only core Services are.");
                }

                if (ns != routeNamespace && !ReferenceGrants.Allow(store, routeKind, routeNamespace, ns, string.Empty, "Service", name))
                {
                    return (false, "RefNotPermitted", $"{where}: backendRef to Service {ns}/{name} is not permitted by any ReferenceGrant in namespace {ns}.");
                }

                if (store.Get(ResourceCatalog.Services, ns, name) is not { } service)
                {
                    return (false, "BackendNotFound", $"{where}: Service {ns}/{name} not found.");
                }

                var port = backend.LongAt("port");
                if (port is { } wanted && !service.Spec().ArrayAt("ports").Objects().Any(p => p.LongAt("port") == wanted))
                {
                    return (false, "BackendNotFound", $"{where}: port {wanted.ToString(CultureInfo.InvariantCulture)} not found on Service {ns}/{name}.");
                }
            }
        }

        return (true, "ResolvedRefs", "Resolved all the Object references for the Route");
    }
}
