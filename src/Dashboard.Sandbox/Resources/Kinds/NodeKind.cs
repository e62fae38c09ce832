using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

internal sealed class NodeKind() : ResourceKind(string.Empty, "Node", "nodes", namespaced: false)
{
    private const string RolePrefix = "node-role.kubernetes.io/";

    // NodeStatus.addresses' field doc, which the printers give both address columns.
    private const string AddressesDescription = "List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses Note: This field is declared as mergeable, but the merge key is not sufficiently unique, which can cause data corruption when it is merged. Callers should instead use a full-replacement patch. See https://pr.k8s.io/79391 for an example. Consumers should assume that addresses can change during the lifetime of a Node. However, there are some exceptions where this may not be possible, such as Pods that inherit a Node's address in its own status or consumers of the downward API (status.hostIP).";

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
        TableColumn.Text("Internal-IP", AddressesDescription, obj => Address(obj, "InternalIP"), priority: 1),
        TableColumn.Text("External-IP", AddressesDescription, obj => Address(obj, "ExternalIP"), priority: 1),
        TableColumn.Text("OS-Image", "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).", obj => Printing.OrUnknown(NodeInfo(obj, "osImage")), priority: 1),
        TableColumn.Text("Kernel-Version", "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).", obj => Printing.OrUnknown(NodeInfo(obj, "kernelVersion")), priority: 1),
        TableColumn.Text("Container-Runtime", "ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).", obj => Printing.OrUnknown(NodeInfo(obj, "containerRuntimeVersion")), priority: 1),
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

    /// <summary>The printers' printNode: Ready when the Ready condition is True, NotReady otherwise, Unknown without one.</summary>
    private static string Status(JsonObject node)
    {
        var ready = node.Status().ArrayAt("conditions").Objects().LastOrDefault(c => c.StringAt("type") == "Ready");
        var states = new List<string>
        {
            ready is null ? "Unknown" : ready.StringAt("status") == "True" ? "Ready" : "NotReady",
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
