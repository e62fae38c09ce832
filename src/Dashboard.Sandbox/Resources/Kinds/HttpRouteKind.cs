using System.Text.Json.Nodes;
using Dashboard.Sandbox.OpenApi.GatewayApi;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>HTTPRoute: HTTP requests matched by host, path, headers, query and method, sent to weighted backends.</summary>
internal sealed class HttpRouteKind() : GatewayRouteKind("HTTPRoute", "httproutes", "v1")
{
    public override string SchemaDescription =>
        "HTTPRoute provides a way to route HTTP requests. This includes the capability to match requests by hostname, path, header, or query param. Filters can be used to specify additional processing steps. Backends specify where matching requests should be routed.";

    public override IReadOnlyList<TableColumn> Columns { get; } = [TableColumn.Name, HostnamesColumn, AgeColumn];

    protected override JsonObject BuildSpecSchema() => HttpRouteSchema.Spec();
}
