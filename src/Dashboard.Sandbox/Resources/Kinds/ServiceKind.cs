using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

internal sealed class ServiceKind() : ResourceKind(string.Empty, "Service", "services", namespaced: true)
{
    public override IReadOnlyList<string> ShortNames => ["svc"];

    public override IReadOnlyList<string> Categories => ["all"];

    public override bool HasStatus => true;

    public override NameRule NameRule => NameRule.Dns1035Label;

    public override bool RequiresResourceVersionOnUpdate => true;

    public override bool ReturnsObjectOnDelete => true;

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Text("Type", "The type of the service", obj => obj.Spec().StringAt("type") ?? string.Empty),
        TableColumn.Text("Cluster-IP", "The cluster IP of the service", obj => Printing.OrNone(obj.Spec().StringAt("clusterIP"))),
        TableColumn.Text("External-IP", "The external IP of the service", ExternalIp),
        TableColumn.Text("Port(s)", "The ports of the service", Ports),
        TableColumn.Age,
        TableColumn.Text("Selector", "The selector of the service", Selector, priority: 1),
    ];

    protected override IReadOnlyDictionary<string, Func<JsonObject, string>> ExtraSelectableFields { get; } =
        new Dictionary<string, Func<JsonObject, string>>
        {
            ["spec.clusterIP"] = obj => obj.Spec().StringAt("clusterIP") ?? string.Empty,
            ["spec.type"] = obj => obj.Spec().StringAt("type") ?? string.Empty,
        };

    public override void PrepareForCreate(JsonObject obj) =>
        obj["status"] = new JsonObject { ["loadBalancer"] = new JsonObject() };

    public override void Admit(Admission admission)
    {
        var spec = admission.Object.EnsureObject("spec");
        ServiceDefaults.Apply(spec, admission.Old?.Spec());
        var errors = admission.Errors.Count;
        ServiceValidation.Validate(admission, spec);
        if (admission.Errors.Count == errors)
        {
            ServiceAllocation.Allocate(admission, spec);
        }
    }

    /// <summary>Whether a service of this spec holds node ports.</summary>
    public static bool NeedsNodePorts(JsonObject? spec) => spec.StringAt("type") switch
    {
        "NodePort" => true,
        "LoadBalancer" => spec.BoolAt("allocateLoadBalancerNodePorts") != false,
        _ => false,
    };

    private static string ExternalIp(JsonObject obj)
    {
        var spec = obj.Spec();
        var externalIps = spec.ArrayAt("externalIPs")?.Select(JsonNodes.AsString).OfType<string>().ToList() ?? [];
        switch (spec.StringAt("type"))
        {
            case "LoadBalancer":
                var balancer = Printing.LoadBalancerAddresses(obj);
                var all = (balancer.Length > 0 ? balancer.Split(',') : []).Concat(externalIps).ToList();
                return all.Count > 0 ? string.Join(",", all) : "<pending>";
            case "ExternalName":
                return spec.StringAt("externalName") ?? string.Empty;
            default:
                return Printing.JoinOrNone(externalIps);
        }
    }

    private static string Ports(JsonObject obj) => Printing.JoinOrNone(
        obj.Spec().ArrayAt("ports").Objects().Select(port =>
            port.LongAt("nodePort") is > 0 and var nodePort
                ? $"{port.LongAt("port")}:{nodePort}/{port.StringAt("protocol") ?? "TCP"}"
                : $"{port.LongAt("port")}/{port.StringAt("protocol") ?? "TCP"}"));

    private static string Selector(JsonObject obj) =>
        Printing.JoinOrNone(obj.Spec().StringMap("selector").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
