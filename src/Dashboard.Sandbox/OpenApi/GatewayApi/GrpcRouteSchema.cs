using System.Text.Json.Nodes;
using static Dashboard.Sandbox.OpenApi.CrdSchema;

namespace Dashboard.Sandbox.OpenApi.GatewayApi;

/// <summary>GRPCRoute's spec (gateway-api apis/v1 grpcroute_types.go).</summary>
internal static class GrpcRouteSchema
{
    public static JsonObject Spec() => Object(
        "Spec defines the desired state of GRPCRoute.",
        ("parentRefs", GatewayApiShapes.ParentRefs()),
        ("hostnames", GatewayApiShapes.Hostnames("gRPC")),
        ("rules", Array("Rules are a list of GRPC matchers, filters and actions.", Rule(), maxItems: 16)));

    private static JsonObject Rule() => Object(
        "GRPCRouteRule defines the semantics for matching a gRPC request based on conditions (matches), processing it (filters), and forwarding the request to an API object (backendRefs).",
        ("name", String("Name is the name of the route rule.", 1, 253)),
        ("matches", Array(
            "Matches define conditions used for matching the rule against incoming gRPC requests. Each match is independent.",
            Object(
                "GRPCRouteMatch defines the predicate used to match requests to a given action.",
                ("method", Object(
                    "Method specifies a gRPC request service/method matcher. If this field is not specified, all services and methods will match.",
                    ("type", Enum("Type specifies how to match against the service and/or method.", "Exact", "RegularExpression").Default("Exact")),
                    ("service", String("Value of the service to match against. If left empty or omitted, will match any service.", maxLength: 1024)),
                    ("method", String("Value of the method to match against. If left empty or omitted, will match all services.", maxLength: 1024)))),
                ("headers", Array(
                    "Headers specifies gRPC request header matchers.",
                    Object(
                        "GRPCHeaderMatch describes how to select a gRPC route by matching gRPC request headers.",
                        ("type", Enum("Type specifies how to match against the value of the header.", "Exact", "RegularExpression").Default("Exact")),
                        ("name", String("Name is the name of the gRPC Header to be matched.", 1, 256)),
                        ("value", String("Value is the value of the gRPC Header to be matched.", 1, 4096)))
                        .Required("name", "value"),
                    maxItems: 16))),
            maxItems: 64)),
        ("filters", Array("Filters define the filters that are applied to requests that match this rule.", Filter(), maxItems: 16)),
        ("backendRefs", GatewayApiShapes.BackendRefs(
            "BackendRefs defines the backend(s) where matching requests should be sent.",
            GatewayApiShapes.BackendRef(
                "GRPCBackendRef defines how a GRPCRoute forwards a gRPC request.",
                Array("Filters defined at this level MUST be executed if and only if the request is being forwarded to the backend defined here.", Filter(), maxItems: 16)))));

    private static JsonObject Filter() => Object(
        "GRPCRouteFilter defines processing steps that must be completed during the request or response lifecycle.",
        ("type", Enum("Type identifies the type of filter to apply.", "ResponseHeaderModifier", "RequestHeaderModifier", "RequestMirror", "ExtensionRef")),
        ("requestHeaderModifier", GatewayApiShapes.HeaderModifier("RequestHeaderModifier defines a schema for a filter that modifies request headers.")),
        ("responseHeaderModifier", GatewayApiShapes.HeaderModifier("ResponseHeaderModifier defines a schema for a filter that modifies response headers.")),
        ("requestMirror", Object(
            "RequestMirror defines a schema for a filter that mirrors requests.",
            ("backendRef", GatewayApiShapes.BackendRef("BackendRef references a resource where mirrored requests are sent.")),
            ("percent", Integer("Percent represents the percentage of requests that should be mirrored to BackendRef.", 0, 100)))
            .Required("backendRef")),
        ("extensionRef", GatewayApiShapes.LocalObjectReference("ExtensionRef is an optional, implementation-specific extension to the \"filter\" behavior.")))
        .Required("type");
}
