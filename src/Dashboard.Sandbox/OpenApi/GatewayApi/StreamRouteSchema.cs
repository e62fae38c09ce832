using System.Text.Json.Nodes;
using static Dashboard.Sandbox.OpenApi.CrdSchema;

namespace Dashboard.Sandbox.OpenApi.GatewayApi;

/// <summary>The specs of the experimental TCPRoute, UDPRoute and TLSRoute (v1alpha2): parents, optional hostnames (TLS), rules of backends only.</summary>
internal static class StreamRouteSchema
{
    public static JsonObject Spec(string kind, bool withHostnames)
    {
        var properties = new List<(string, JsonObject)>
        {
            ("parentRefs", GatewayApiShapes.ParentRefs()),
            ("rules", Array(
                $"Rules are a list of {kind} matchers and actions.",
                Object(
                    $"{kind}Rule is the configuration for a given rule.",
                    ("name", String("Name is the name of the route rule.", 1, 253)),
                    ("backendRefs", GatewayApiShapes.BackendRefs(
                        "BackendRefs defines the backend(s) where matching requests should be sent.",
                        GatewayApiShapes.BackendRef("BackendRef defines how a Route should forward a request to a Kubernetes resource."),
                        minItems: 1))),
                minItems: 1,
                maxItems: 16)),
        };
        if (withHostnames)
        {
            properties.Add(("hostnames", GatewayApiShapes.Hostnames("TLS SNI")));
        }

        return Object($"Spec defines the desired state of {kind}.", [.. properties]).Required("rules");
    }
}
