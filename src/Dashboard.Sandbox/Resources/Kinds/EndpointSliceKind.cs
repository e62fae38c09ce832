using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// <c>discovery.k8s.io/v1</c> EndpointSlices: the addresses behind a Service, labelled
/// <c>kubernetes.io/service-name</c>. kube-proxy and load balancers read these, not the legacy Endpoints.
/// </summary>
internal sealed class EndpointSliceKind() : ResourceKind(ResourceCatalog.DiscoveryGroup, "EndpointSlice", "endpointslices", namespaced: true)
{
    public const string ServiceNameLabel = "kubernetes.io/service-name";

    public const string ManagedByLabel = "endpointslice.kubernetes.io/managed-by";

    private static readonly string[] AddressTypes = ["IPv4", "IPv6", "FQDN"];

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        // The printers describe these with discovery/v1beta1's field docs.
        TableColumn.Text("AddressType", "addressType specifies the type of address carried by this EndpointSlice. All addresses in this slice must be the same type. This field is immutable after creation. The following address types are currently supported: * IPv4: Represents an IPv4 Address. * IPv6: Represents an IPv6 Address. * FQDN: Represents a Fully Qualified Domain Name.", obj => obj.StringAt("addressType") ?? string.Empty),
        TableColumn.Text("Ports", "ports specifies the list of network ports exposed by each endpoint in this slice. Each port must have a unique name. When ports is empty, it indicates that there are no defined ports. When a port is defined with a nil port value, it indicates \"all ports\". Each slice may include a maximum of 100 ports.", Ports),
        TableColumn.Text("Endpoints", "endpoints is a list of unique endpoints in this slice. Each slice may include a maximum of 1000 endpoints.", Endpoints),
        TableColumn.Age,
    ];

    public override void Admit(Admission admission)
    {
        var addressType = admission.Object.StringAt("addressType");
        if (string.IsNullOrEmpty(addressType))
        {
            admission.Add(FieldError.Required("addressType"));
        }
        else if (!AddressTypes.Contains(addressType))
        {
            admission.Add(FieldError.NotSupported("addressType", addressType, AddressTypes));
        }
        else if (admission.Old?.StringAt("addressType") is { } before && before != addressType)
        {
            admission.Add(FieldError.Invalid("addressType", addressType, "field is immutable"));
        }
    }

    /// <summary>The printers' formatDiscoveryPorts: each port's number (else its name, else *), three shown, or &lt;unset&gt;.</summary>
    private static string Ports(JsonObject obj) => Printing.FirstFew(
        obj.ArrayAt("ports").Objects().Select(port => JsonNodes.AsText(port["port"]) ?? port.StringAt("name") ?? "*").ToList(), 3, "<unset>");

    /// <summary>kubectl's formatDiscoveryEndpoints: every address of every endpoint, three shown.</summary>
    private static string Endpoints(JsonObject obj) => Printing.FirstFew(
        obj.ArrayAt("endpoints").Objects().SelectMany(e => e.ArrayAt("addresses") ?? []).Select(JsonNodes.AsString).OfType<string>().ToList(), 3, "<unset>");
}
