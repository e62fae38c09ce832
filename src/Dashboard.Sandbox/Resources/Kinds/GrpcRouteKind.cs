using System.Text.Json.Nodes;
using Dashboard.Sandbox.OpenApi.GatewayApi;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>GRPCRoute: gRPC requests matched by host, service/method and headers.</summary>
internal sealed class GrpcRouteKind() : GatewayRouteKind("GRPCRoute", "grpcroutes", "v1")
{
    public override string SchemaDescription =>
        "GRPCRoute provides a way to route gRPC requests. This includes the capability to match requests by hostname, gRPC service, gRPC method, or HTTP/2 header. Filters can be used to specify additional processing steps. Backends specify where matching requests will be routed.";

    public override IReadOnlyList<TableColumn> Columns { get; } = [TableColumn.Name, HostnamesColumn, AgeColumn];

    protected override JsonObject BuildSpecSchema() => GrpcRouteSchema.Spec();
}
