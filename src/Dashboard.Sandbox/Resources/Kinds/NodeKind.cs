using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

internal sealed class NodeKind() : ResourceKind(string.Empty, "Node", "nodes", namespaced: false)
{
    private const string RolePrefix = "node-role.kubernetes.io/";

    public override IReadOnlyList<string> ShortNames => ["no"];

    public override bool HasStatus => true;

    public override bool ResetsStatusOnCreate => false;

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Text("Status", "The status of the node", Status),
        TableColumn.Text("Roles", "The roles of the node", Roles),
        TableColumn.Age,
        TableColumn.Text("Version", "Kubelet Version reported by the node.", obj => NodeInfo(obj, "kubeletVersion")),
        TableColumn.Text("Internal-IP", "List of internal IPs in the node.", obj => Address(obj, "InternalIP"), priority: 1),
        TableColumn.Text("External-IP", "List of external IPs in the node.", obj => Address(obj, "ExternalIP"), priority: 1),
        TableColumn.Text("OS-Image", "OS Image reported by the node.", obj => NodeInfo(obj, "osImage"), priority: 1),
        TableColumn.Text("Kernel-Version", "Kernel Version reported by the node.", obj => NodeInfo(obj, "kernelVersion"), priority: 1),
        TableColumn.Text("Container-Runtime", "Container Runtime Version reported by the node.", obj => NodeInfo(obj, "containerRuntimeVersion"), priority: 1),
    ];

    protected override IReadOnlyDictionary<string, Func<JsonObject, string>> ExtraSelectableFields { get; } =
        new Dictionary<string, Func<JsonObject, string>>
        {
            ["spec.unschedulable"] = obj => obj.Spec().BoolAt("unschedulable") == true ? "true" : "false",
        };

    /// <summary>The node's addresses of one type (ExternalIP, InternalIP…), in status order.</summary>
    public static IEnumerable<string> Addresses(JsonObject node, string type) =>
        node.Status().ArrayAt("addresses").Objects()
            .Where(address => address.StringAt("type") == type)
            .Select(address => address.StringAt("address"))
            .OfType<string>();

    private static string Address(JsonObject node, string type) => Printing.OrNone(Addresses(node, type).FirstOrDefault());

    private static string NodeInfo(JsonObject node, string field) => node.Status().ObjectAt("nodeInfo").StringAt(field) ?? string.Empty;

    private static string Status(JsonObject node)
    {
        var ready = node.Status().ArrayAt("conditions").Objects().FirstOrDefault(c => c.StringAt("type") == "Ready");
        var states = new List<string>
        {
            ready?.StringAt("status") switch { "True" => "Ready", "False" => "NotReady", _ => "Unknown" },
        };
        if (node.Spec().BoolAt("unschedulable") == true)
        {
            states.Add("SchedulingDisabled");
        }

        return string.Join(",", states);
    }

    private static string Roles(JsonObject node)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Labels())
        {
            if (key.StartsWith(RolePrefix, StringComparison.Ordinal) && key.Length > RolePrefix.Length)
            {
                roles.Add(key[RolePrefix.Length..]);
            }
            else if (key == "kubernetes.io/role" && value.Length > 0)
            {
                roles.Add(value);
            }
        }

        return Printing.JoinOrNone(roles);
    }
}
