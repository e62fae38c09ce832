using System.Text.Json.Nodes;
using static Dashboard.Sandbox.OpenApi.CrdSchema;

namespace Dashboard.Sandbox.OpenApi.GatewayApi;

/// <summary>
/// The pieces the Gateway API kinds share (gateway-api apis/v1/shared_types.go, object_reference_types.go):
/// parent and backend references, hostnames, label selectors. Each call builds a fresh node (a node has one parent).
/// </summary>
internal static class GatewayApiShapes
{
    public const string Group = "gateway.networking.k8s.io";

    /// <summary>A hostname, optionally with a wildcard first label (no IPs, no port, lower case).</summary>
    public const string HostnamePattern = @"^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

    public static JsonObject ParentRefs() => Array(
        "ParentRefs references the resources (usually Gateways) that a Route wants to be attached to.",
        Object(
            "ParentReference identifies an API object (usually a Gateway) that can be considered a parent of this resource.",
            ("group", String("Group is the group of the referent. When unspecified, \"gateway.networking.k8s.io\" is inferred.", maxLength: 253).Default(Group)),
            ("kind", String("Kind is kind of the referent. Defaults to \"Gateway\".", 1, 63).Default("Gateway")),
            ("namespace", String("Namespace is the namespace of the referent. When unspecified, this refers to the local namespace of the Route.", 1, 63)),
            ("name", String("Name is the name of the referent.", 1, 253)),
            ("sectionName", String("SectionName is the name of a section within the target resource: for a Gateway, a Listener name.", 1, 253)),
            ("port", Integer("Port is the network port this Route targets: the Route attaches to every Listener on that port.", 1, 65535)))
            .Required("name"),
        maxItems: 32);

    public static JsonObject Hostnames(string owner) => Array(
        $"Hostnames defines a set of hostnames that should match against the {owner} host header to select a {owner} used to process the request. A hostname may be prefixed with a wildcard label (\"*.\").",
        String("Hostname is the fully qualified domain name of a network host.", 1, 253).Pattern(HostnamePattern),
        maxItems: 16);

    public static JsonObject BackendRef(string description, JsonObject? filters = null)
    {
        var properties = new List<(string, JsonObject)>
        {
            ("group", String("Group is the group of the referent. For example, \"gateway.networking.k8s.io\". When unspecified or empty string, core API group is inferred.", maxLength: 253).Default(string.Empty)),
            ("kind", String("Kind is the Kubernetes resource kind of the referent. For example \"Service\". Defaults to \"Service\" when not specified.", 1, 63).Default("Service")),
            ("name", String("Name is the name of the referent.", 1, 253)),
            ("namespace", String("Namespace is the namespace of the backend. When unspecified, the local namespace is inferred. A backend in another namespace needs a ReferenceGrant there.", 1, 63)),
            ("port", Integer("Port specifies the destination port number to use for this resource. Port is required when the referent is a Kubernetes Service.", 1, 65535)),
            ("weight", Integer("Weight specifies the proportion of requests forwarded to the referenced backend: weight/(sum of all weights in this rule). 0 means no traffic.", 0, 1000000).Default(1)),
        };
        if (filters is not null)
        {
            properties.Add(("filters", filters));
        }

        return Object(description, [.. properties]).Required("name");
    }

    public static JsonObject BackendRefs(string description, JsonObject item, int? minItems = null) => Array(description, item, minItems, 16);

    public static JsonObject LabelSelector(string description) => Object(
        description,
        ("matchLabels", StringMap("matchLabels is a map of {key,value} pairs; the requirements are ANDed.")),
        ("matchExpressions", Array(
            "matchExpressions is a list of label selector requirements. The requirements are ANDed.",
            Object(
                "A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.",
                ("key", String("key is the label key that the selector applies to.")),
                ("operator", String("operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.")),
                ("values", Array("values is an array of string values.", String("A value."))))
                .Required("key", "operator"))));

    public static JsonObject LocalObjectReference(string description) => Object(
        description,
        ("group", String("Group is the group of the referent.", maxLength: 253)),
        ("kind", String("Kind is kind of the referent.", 1, 63)),
        ("name", String("Name is the name of the referent.", 1, 253)))
        .Required("group", "kind", "name");

    public static JsonObject HeaderModifier(string description) => Object(
        description,
        ("set", Array("Set overwrites the request with the given header (name, value) before the action.", NameValue(), maxItems: 16)),
        ("add", Array("Add adds the given header(s) (name, value) to the request before the action. It appends to any existing values.", NameValue(), maxItems: 16)),
        ("remove", Array("Remove the given header(s) from the HTTP request before the action.", String("A header name."), maxItems: 16)));

    public static JsonObject RouteStatus() => Free("Status defines the current state of the route, one entry per parent (Gateway) and controller.");

    private static JsonObject NameValue() => Object(
        "HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.",
        ("name", String("Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive.", 1, 256)),
        ("value", String("Value is the value of HTTP Header to be matched.", 1, 4096)))
        .Required("name", "value");
}
