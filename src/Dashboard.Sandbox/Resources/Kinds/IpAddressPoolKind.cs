using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// MetalLB's <c>IPAddressPool</c> (a CRD: <c>metallb.io/v1beta1</c>), served only by profiles that
/// install MetalLB. Shaped after its CustomResourceDefinition: the schema's required fields and
/// defaults, a status subresource, and its additionalPrinterColumns (no Age column, as for any CRD
/// that declares its own).
/// </summary>
internal sealed class IpAddressPoolKind() : ResourceKind(ApiGroup, "IPAddressPool", "ipaddresspools", namespaced: true)
{
    public const string ApiGroup = "metallb.io";

    public override string Version => "v1beta1";

    public override bool HasStatus => true;

    // The API server tracks generation for every custom resource.
    public override bool TracksGeneration => true;

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        Boolean("Auto Assign", "autoAssign"),
        Boolean("Avoid Buggy IPs", "avoidBuggyIPs"),
        // A CRD column of type string prints a list as its JSON: ["198.51.100.200-198.51.100.250"].
        TableColumn.Text("Addresses", ColumnDescription("addresses"), obj => obj.Spec().ArrayAt("addresses")?.ToJsonString() ?? string.Empty),
    ];

    /// <summary>The schema's defaults (applied on every write, as structural-schema defaulting does) and required fields.</summary>
    public override void Admit(Admission admission)
    {
        if (admission.Object.ObjectAt("spec") is not { } spec)
        {
            admission.Add(FieldError.Required("spec"));
            return;
        }

        spec["autoAssign"] ??= true;
        spec["avoidBuggyIPs"] ??= false;
        if (spec.ArrayAt("addresses") is null)
        {
            admission.Add(FieldError.Required("spec.addresses"));
        }
    }

    /// <summary>What the apiserver says of a CRD column that has no description of its own.</summary>
    private static string ColumnDescription(string field) => $"Custom resource definition column (in JSONPath format): .spec.{field}";

    private static TableColumn Boolean(string title, string field) =>
        new(title, ColumnDescription(field), (obj, _) => obj.Spec().BoolAt(field) is { } value ? JsonValue.Create(value) : null) { Type = "boolean" };
}
