using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

internal sealed class ServiceKind() : ResourceKind(string.Empty, "Service", "services", namespaced: true)
{
    // The printers' column descriptions are the API's field docs (ServiceSpec SwaggerDoc).
    private const string TypeDescription = "type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer. \"ClusterIP\" allocates a cluster-internal IP address for load-balancing to endpoints. Endpoints are determined by the selector or if that is not specified, by manual construction of an Endpoints object or EndpointSlice objects. If clusterIP is \"None\", no virtual IP is allocated and the endpoints are published as a set of endpoints rather than a virtual IP. \"NodePort\" builds on ClusterIP and allocates a port on every node which routes to the same endpoints as the clusterIP. \"LoadBalancer\" builds on NodePort and creates an external load-balancer (if supported in the current cloud) which routes to the same endpoints as the clusterIP. \"ExternalName\" aliases this service to the specified externalName. Several other fields do not apply to ExternalName services. More info: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types";

    private const string ClusterIpDescription = "clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be blank) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are \"None\", empty string (\"\"), or a valid IP address. Setting this to \"None\" makes a \"headless service\" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies";

    public override IReadOnlyList<string> ShortNames => ["svc"];

    public override IReadOnlyList<string> Categories => ["all"];

    public override bool HasStatus => true;

    public override NameRule NameRule => NameRule.Dns1035Label;

    public override bool RequiresResourceVersionOnUpdate => true;

    public override bool ReturnsObjectOnDelete => true;

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Text("Type", TypeDescription, obj => obj.Spec().StringAt("type") ?? string.Empty),
        TableColumn.Text("Cluster-IP", ClusterIpDescription, obj => Printing.OrNone(obj.Spec().ArrayAt("clusterIPs")?.Select(JsonNodes.AsString).FirstOrDefault())),
        TableColumn.Text("External-IP", "externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.  These IPs are not managed by Kubernetes.  The user is responsible for ensuring that traffic arrives at a node with this IP.  A common example is external load-balancers that are not part of the Kubernetes system.", ExternalIp),
        TableColumn.Text("Port(s)", "The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies", Ports),
        TableColumn.Age,
        TableColumn.Text("Selector", "Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/", Selector, priority: 1),
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

    /// <summary>The printers' getServiceExternalIP.</summary>
    private static string ExternalIp(JsonObject obj)
    {
        var spec = obj.Spec();
        var externalIps = spec.ArrayAt("externalIPs")?.Select(JsonNodes.AsString).OfType<string>().ToList() ?? [];
        switch (spec.StringAt("type"))
        {
            case "ClusterIP" or "NodePort":
                return Printing.JoinOrNone(externalIps);
            case "LoadBalancer":
                var balancer = Printing.LoadBalancerAddresses(obj);
                var all = (balancer.Length > 0 ? balancer.Split(',') : []).Concat(externalIps).ToList();
                return all.Count > 0 ? string.Join(",", all) : "<pending>";
            case "ExternalName":
                return spec.StringAt("externalName") ?? string.Empty;
            default:
                return "<unknown>";
        }
    }

    private static string Ports(JsonObject obj) => Printing.JoinOrNone(
        obj.Spec().ArrayAt("ports").Objects().Select(port =>
            port.LongAt("nodePort") is > 0 and var nodePort
                ? $"{port.LongAt("port")}:{nodePort}/{port.StringAt("protocol")}"
                : $"{port.LongAt("port")}/{port.StringAt("protocol")}"));

    private static string Selector(JsonObject obj) =>
        Printing.JoinOrNone(obj.Spec().StringMap("selector").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
