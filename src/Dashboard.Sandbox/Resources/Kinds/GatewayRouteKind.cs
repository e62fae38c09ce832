using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// A route kind (HTTPRoute, GRPCRoute, TCPRoute, UDPRoute, TLSRoute): parents to attach to, rules of backends.
/// Shares the CRDs' backend rule: a reference to a core Service must name a port.
/// </summary>
internal abstract class GatewayRouteKind(string kind, string plural, string version) : GatewayApiKind(kind, plural, namespaced: true, version)
{
    /// <summary>A CRD's <c>.spec.hostnames</c> column: a list prints as its JSON (<c>["app.example.com"]</c>).</summary>
    protected static TableColumn HostnamesColumn { get; } =
        Column("Hostnames", ".spec.hostnames", obj => obj.Spec().ArrayAt("hostnames")?.ToJsonString());

    protected override void CheckRules(Admission admission, JsonObject spec)
    {
        var rules = spec.ArrayAt("rules").Objects().ToList();
        for (var i = 0; i < rules.Count; i++)
        {
            var backends = rules[i].ArrayAt("backendRefs").Objects().ToList();
            for (var j = 0; j < backends.Count; j++)
            {
                var backend = backends[j];
                if (string.IsNullOrEmpty(backend.StringAt("group")) && backend.StringAt("kind") == "Service" && backend["port"] is null)
                {
                    admission.Add(RuleFailed($"spec.rules[{i}].backendRefs[{j}]", "object", "Must have port for Service reference"));
                }
            }
        }
    }
}
