using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.OpenApi.GatewayApi;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>GatewayClass (cluster-scoped, short name <c>gc</c>): which controller runs Gateways of the class.</summary>
internal sealed class GatewayClassKind() : GatewayApiKind("GatewayClass", "gatewayclasses", namespaced: false, "v1")
{
    public override IReadOnlyList<string> ShortNames => ["gc"];

    public override string SchemaDescription =>
        "GatewayClass describes a class of Gateways available to the user for creating Gateway resources. It is a cluster-scoped resource.";

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        Column("Controller", ".spec.controllerName", obj => obj.Spec().StringAt("controllerName")),
        Column("Accepted", ".status.conditions[?(@.type==\"Accepted\")].status", obj => ConditionStatus(obj, "Accepted")),
        AgeColumn,
        Column("Description", ".spec.description", obj => obj.Spec().StringAt("description"), priority: 1),
    ];

    /// <summary>The CRD's status default: the class waits for its controller.</summary>
    public override void PrepareForCreate(JsonObject obj) => obj["status"] ??= PendingStatus.Of("Accepted");

    protected override JsonObject BuildSpecSchema() => GatewaySchemas.GatewayClassSpec();

    protected override void CheckRules(Admission admission, JsonObject spec)
    {
        if (admission.Old?.Spec().StringAt("controllerName") is { } before && before != spec.StringAt("controllerName"))
        {
            admission.Add(RuleFailed("spec.controllerName", "string", "Value is immutable"));
        }
    }
}
