using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.OpenApi.GatewayApi;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// Gateway (short name <c>gtw</c>): listeners bound to addresses. Besides the schema (1–64 listeners, ports,
/// protocol and hostname patterns), the CRD's listener rules: unique names, no TLS on HTTP/TCP/UDP, no
/// hostname on TCP/UDP, Terminate for HTTPS, unique port/protocol/hostname combinations.
/// </summary>
internal sealed class GatewayKind() : GatewayApiKind("Gateway", "gateways", namespaced: true, "v1")
{
    private static readonly string[] PlainProtocols = ["HTTP", "TCP", "UDP"];

    public override IReadOnlyList<string> ShortNames => ["gtw"];

    public override string SchemaDescription =>
        "Gateway represents an instance of a service-traffic handling infrastructure by binding Listeners to a set of IP addresses.";

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        Column("Class", ".spec.gatewayClassName", obj => obj.Spec().StringAt("gatewayClassName")),
        Column("Address", ".status.addresses[*].value", Addresses),
        Column("Programmed", ".status.conditions[?(@.type==\"Programmed\")].status", obj => ConditionStatus(obj, "Programmed")),
        AgeColumn,
    ];

    /// <summary>The CRD's status default: accepted and programmed are Unknown until a controller answers.</summary>
    public override void PrepareForCreate(JsonObject obj) => obj["status"] ??= PendingStatus.Of("Accepted", "Programmed");

    protected override JsonObject BuildSpecSchema() => GatewaySchemas.GatewaySpec();

    protected override void CheckRules(Admission admission, JsonObject spec)
    {
        var listeners = spec.ArrayAt("listeners").Objects().ToList();
        string Protocol(JsonObject l) => l.StringAt("protocol") ?? string.Empty;
        if (listeners.Any(l => PlainProtocols.Contains(Protocol(l)) && l["tls"] is not null))
        {
            admission.Add(RuleFailed("spec.listeners", "array", "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']"));
        }

        if (listeners.Any(l => Protocol(l) is "TCP" or "UDP" && l["hostname"] is not null))
        {
            admission.Add(RuleFailed("spec.listeners", "array", "hostname must not be specified for protocols ['TCP', 'UDP']"));
        }

        if (listeners.Any(l => Protocol(l) == "HTTPS" && l.ObjectAt("tls").StringAt("mode") is { } mode && mode != "Terminate"))
        {
            admission.Add(RuleFailed("spec.listeners", "array", "tls mode must be Terminate for protocol HTTPS"));
        }

        if (listeners.GroupBy(l => l.StringAt("name"), StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            admission.Add(RuleFailed("spec.listeners", "array", "Listener name must be unique within the Gateway"));
        }

        if (listeners.GroupBy(l => (l.LongAt("port"), Protocol(l), l.StringAt("hostname") ?? string.Empty)).Any(g => g.Count() > 1))
        {
            admission.Add(RuleFailed("spec.listeners", "array", "Combination of port, protocol and hostname must be unique for each listener"));
        }
    }

    /// <summary><c>[*].value</c> with several results prints them space-separated, as the apiserver's JSONPath printer does.</summary>
    private static string? Addresses(JsonObject obj)
    {
        var values = obj.Status().ArrayAt("addresses").Objects().Select(a => a.StringAt("value")).OfType<string>().ToList();
        return values.Count == 0 ? null : string.Join(' ', values);
    }
}
