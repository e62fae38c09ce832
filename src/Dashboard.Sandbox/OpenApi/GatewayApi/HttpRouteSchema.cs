using System.Text.Json.Nodes;
using static Dashboard.Sandbox.OpenApi.CrdSchema;

namespace Dashboard.Sandbox.OpenApi.GatewayApi;

/// <summary>HTTPRoute's spec (gateway-api apis/v1 httproute_types.go), with the defaults that matter: a rule matches <c>PathPrefix /</c> unless told otherwise.</summary>
internal static class HttpRouteSchema
{
    private static JsonObject DefaultMatch() => new() { ["path"] = new JsonObject { ["type"] = "PathPrefix", ["value"] = "/" } };

    public static JsonObject Spec() => Object(
        "Spec defines the desired state of HTTPRoute.",
        ("parentRefs", GatewayApiShapes.ParentRefs()),
        ("hostnames", GatewayApiShapes.Hostnames("HTTP")),
        ("rules", Array(
            "Rules are a list of HTTP matchers, filters and actions.",
            Rule(),
            maxItems: 16)
            .Default(new JsonArray(new JsonObject { ["matches"] = new JsonArray(DefaultMatch()) }))));

    private static JsonObject Rule() => Object(
        "HTTPRouteRule defines semantics for matching an HTTP request based on conditions (matches), processing it (filters), and forwarding the request to an API object (backendRefs).",
        ("name", String("Name is the name of the route rule. This name MUST be unique within a Route if it is set.", 1, 253)),
        ("matches", Array(
            "Matches define conditions used for matching the rule against incoming HTTP requests. Each match is independent, i.e. this rule will be matched if any one of the matches is satisfied. When no match is given, a path prefix match on \"/\" is the default.",
            Match(),
            maxItems: 64)
            .Default(new JsonArray(DefaultMatch()))),
        ("filters", Array("Filters define the filters that are applied to requests that match this rule.", Filter(), maxItems: 16)),
        ("backendRefs", GatewayApiShapes.BackendRefs(
            "BackendRefs defines the backend(s) where matching requests should be sent. When empty, requests matching the rule get a 500.",
            GatewayApiShapes.BackendRef(
                "HTTPBackendRef defines how a HTTPRoute forwards a HTTP request.",
                Array("Filters defined at this level are executed if and only if the request is being forwarded to the backend defined here.", Filter(), maxItems: 16)))),
        ("timeouts", Object(
            "Timeouts defines the timeouts that can be configured for an HTTP request.",
            ("request", String("Request specifies the maximum duration for a gateway to respond to an HTTP request (a Gateway API duration such as 10s).")),
            ("backendRequest", String("BackendRequest specifies a timeout for an individual request from the gateway to a backend.")))));

    private static JsonObject Match() => Object(
        "HTTPRouteMatch defines the predicate used to match requests to a given action. Multiple match types are ANDed together.",
        ("path", Object(
            "Path specifies a HTTP request path matcher. If this field is not specified, a default prefix match on the \"/\" path is provided.",
            ("type", Enum("Type specifies how to match against the path Value.", "Exact", "PathPrefix", "RegularExpression").Default("PathPrefix")),
            ("value", String("Value of the HTTP path to match against.", maxLength: 1024).Default("/")))
            .Default(new JsonObject { ["type"] = "PathPrefix", ["value"] = "/" })),
        ("headers", Array("Headers specifies HTTP request header matchers. Multiple match values are ANDed together.", ValueMatch("HTTPHeaderMatch describes how to select a HTTP route by matching HTTP request headers."), maxItems: 16)),
        ("queryParams", Array("QueryParams specifies HTTP query parameter matchers. Multiple match values are ANDed together.", ValueMatch("HTTPQueryParamMatch describes how to select a HTTP route by matching HTTP query parameters."), maxItems: 16)),
        ("method", Enum("Method specifies HTTP method matcher. When specified, this route will be matched only if the request has the specified method.", "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH")));

    private static JsonObject ValueMatch(string description) => Object(
        description,
        ("type", Enum("Type specifies how to match against the value.", "Exact", "RegularExpression").Default("Exact")),
        ("name", String("Name is the name to be matched.", 1, 256)),
        ("value", String("Value is the value to be matched.", 1, 4096)))
        .Required("name", "value");

    private static JsonObject Filter() => Object(
        "HTTPRouteFilter defines processing steps that must be completed during the request or response lifecycle.",
        ("type", Enum("Type identifies the type of filter to apply.", "RequestHeaderModifier", "ResponseHeaderModifier", "RequestMirror", "RequestRedirect", "URLRewrite", "ExtensionRef", "CORS")),
        ("requestHeaderModifier", GatewayApiShapes.HeaderModifier("RequestHeaderModifier defines a schema for a filter that modifies request headers.")),
        ("responseHeaderModifier", GatewayApiShapes.HeaderModifier("ResponseHeaderModifier defines a schema for a filter that modifies response headers.")),
        ("requestMirror", Object(
            "RequestMirror defines a schema for a filter that mirrors requests.",
            ("backendRef", GatewayApiShapes.BackendRef("BackendRef references a resource where mirrored requests are sent.")),
            ("percent", Integer("Percent represents the percentage of requests that should be mirrored to BackendRef.", 0, 100)))
            .Required("backendRef")),
        ("requestRedirect", Object(
            "RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection.",
            ("scheme", Enum("Scheme is the scheme to be used in the value of the `Location` header in the response.", "http", "https")),
            ("hostname", String("Hostname is the hostname to be used in the value of the `Location` header in the response.", 1, 253)),
            ("path", PathModifier("Path defines parameters used to modify the path of the incoming request.")),
            ("port", Integer("Port is the port to be used in the value of the `Location` header in the response.", 1, 65535)),
            ("statusCode", new JsonObject
            {
                ["description"] = "StatusCode is the HTTP status code to be used in response.",
                ["type"] = "integer",
                ["enum"] = new JsonArray(301, 302, 303, 307, 308),
                ["default"] = 302,
            }))),
        ("urlRewrite", Object(
            "URLRewrite defines a schema for a filter that modifies a request during forwarding.",
            ("hostname", String("Hostname is the value to be used to replace the Host header value during forwarding.", 1, 253)),
            ("path", PathModifier("Path defines a path rewrite.")))),
        ("extensionRef", GatewayApiShapes.LocalObjectReference("ExtensionRef is an optional, implementation-specific extension to the \"filter\" behavior.")),
        ("cors", Free("CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header.")))
        .Required("type");

    private static JsonObject PathModifier(string description) => Object(
        description,
        ("type", Enum("Type defines the type of path modifier.", "ReplaceFullPath", "ReplacePrefixMatch")),
        ("replaceFullPath", String("ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.", maxLength: 1024)),
        ("replacePrefixMatch", String("ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect.", maxLength: 1024)))
        .Required("type");
}
