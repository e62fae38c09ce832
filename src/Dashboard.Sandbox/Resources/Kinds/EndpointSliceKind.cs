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
        TableColumn.Text("AddressType", "The IP protocol for this slice", obj => obj.StringAt("addressType") ?? string.Empty),
        TableColumn.Text("Ports", "Enumerated ports on this slice", Ports),
        TableColumn.Text("Endpoints", "Enumerated endpoints on this slice", Endpoints),
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

    /// <summary>kubectl's formatDiscoveryPorts: the port numbers, three shown, or &lt;unset&gt;.</summary>
    private static string Ports(JsonObject obj) => Printing.FirstFew(
        obj.ArrayAt("ports").Objects().Select(port => JsonNodes.AsText(port["port"])).OfType<string>().ToList(), 3, "<unset>");

    /// <summary>kubectl's formatDiscoveryEndpoints: every address of every endpoint, three shown.</summary>
    private static string Endpoints(JsonObject obj) => Printing.FirstFew(
        obj.ArrayAt("endpoints").Objects().SelectMany(e => e.ArrayAt("addresses") ?? []).Select(JsonNodes.AsString).OfType<string>().ToList(), 3, "<unset>");
}
