using System.Text.Json.Nodes;
using Dashboard.Sandbox.OpenApi.GatewayApi;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>ReferenceGrant (v1beta1): lets routes (or Gateways) of other namespaces refer to objects in this one.</summary>
internal sealed class ReferenceGrantKind() : GatewayApiKind("ReferenceGrant", "referencegrants", namespaced: true, "v1beta1")
{
    public override string SchemaDescription =>
        "ReferenceGrant identifies kinds of resources in other namespaces that are trusted to reference the specified kinds of resources in the same namespace as the policy. Each ReferenceGrant can be used to represent a unique trust relationship.";

    public override IReadOnlyList<TableColumn> Columns { get; } = [TableColumn.Name, AgeColumn];

    // The CRD has no status subresource.
    public override bool HasStatus => false;

    protected override JsonObject BuildSpecSchema() => ReferenceGrantSchema.Spec();
}
