using System.Text.Json.Nodes;
using Dashboard.Sandbox.OpenApi.GatewayApi;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// The experimental-channel layer-4 routes (v1alpha2): TCPRoute and UDPRoute forward a port's connections,
/// TLSRoute those matching an SNI hostname. Their CRDs print only Name and Age.
/// </summary>
internal sealed class StreamRouteKind(string kind, string plural, bool withHostnames, string description) : GatewayRouteKind(kind, plural, "v1alpha2")
{
    public override string SchemaDescription { get; } = description;

    public override IReadOnlyList<TableColumn> Columns { get; } = [TableColumn.Name, AgeColumn];

    protected override JsonObject BuildSpecSchema() => StreamRouteSchema.Spec(Kind, withHostnames);
}
