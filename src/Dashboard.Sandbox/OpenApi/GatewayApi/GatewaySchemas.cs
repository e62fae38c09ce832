using System.Text.Json.Nodes;
using static Dashboard.Sandbox.OpenApi.CrdSchema;

namespace Dashboard.Sandbox.OpenApi.GatewayApi;

/// <summary>The specs of GatewayClass and Gateway (gateway-api apis/v1 gatewayclass_types.go, gateway_types.go).</summary>
internal static class GatewaySchemas
{
    /// <summary>A protocol: a word (HTTP, HTTPS, TLS, TCP, UDP) or a domain-prefixed one (example.com/proto).</summary>
    private const string ProtocolPattern = @"^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[a-zA-Z0-9]+$";

    public static JsonObject GatewayClassSpec() => Object(
        "Spec defines the desired state of GatewayClass.",
        ("controllerName", String("ControllerName is the name of the controller that is managing Gateways of this class, a domain-prefixed path (example.net/gateway-controller). This field is immutable.", 1, 253)),
        ("parametersRef", Object(
            "ParametersRef is a reference to a resource that contains the configuration parameters corresponding to the GatewayClass.",
            ("group", String("Group is the group of the referent.", maxLength: 253)),
            ("kind", String("Kind is kind of the referent.", 1, 63)),
            ("name", String("Name is the name of the referent.", 1, 253)),
            ("namespace", String("Namespace is the namespace of the referent, for a namespace-scoped resource.", 1, 63)))
            .Required("group", "kind", "name")),
        ("description", String("Description helps describe a GatewayClass with more details.", maxLength: 64)))
        .Required("controllerName");

    public static JsonObject GatewaySpec() => Object(
        "Spec defines the desired state of Gateway.",
        ("gatewayClassName", String("GatewayClassName used for this Gateway. This is the name of a GatewayClass resource.", 1, 253)),
        ("listeners", Array(
            "Listeners associated with this Gateway. Listeners define logical endpoints that are bound on this Gateway's addresses. At least one Listener MUST be specified; each Listener's name is unique within the Gateway.",
            Listener(),
            minItems: 1,
            maxItems: 64)),
        ("addresses", Array(
            "Addresses requested for this Gateway. This is optional and behavior can depend on the implementation.",
            Object(
                "GatewaySpecAddress describes an address that can be bound to a Gateway.",
                ("type", String("Type of the address.", 1, 253).Default("IPAddress")),
                ("value", String("When a value is unspecified, an implementation SHOULD automatically assign an address matching the requested type if possible.", maxLength: 253))),
            maxItems: 16)),
        ("infrastructure", Object(
            "Infrastructure defines infrastructure level attributes about this Gateway instance.",
            ("labels", StringMap("Labels that SHOULD be applied to any resources created in response to this Gateway.")),
            ("annotations", StringMap("Annotations that SHOULD be applied to any resources created in response to this Gateway.")),
            ("parametersRef", GatewayApiShapes.LocalObjectReference("ParametersRef is a reference to a resource that contains the configuration parameters corresponding to the Gateway.")))),
        ("allowedListeners", Object(
            "AllowedListeners defines which ListenerSets can be attached to this Gateway. The default value is to allow no ListenerSets.",
            ("namespaces", Object(
                "Namespaces defines which namespaces ListenerSets can be attached to this Gateway.",
                ("from", Enum("From indicates where ListenerSets can attach to this Gateway.", "All", "Selector", "Same", "None").Default("None")),
                ("selector", GatewayApiShapes.LabelSelector("Selector must be specified when From is set to \"Selector\".")))
                .Default(new JsonObject { ["from"] = "None" })))))
        .Required("gatewayClassName", "listeners");

    private static JsonObject Listener() => Object(
        "Listener embodies the concept of a logical endpoint where a Gateway accepts network connections.",
        ("name", String("Name is the name of the Listener. This name MUST be unique within a Gateway.", 1, 253)),
        ("hostname", String("Hostname specifies the virtual hostname to match for protocol types that define this concept (HTTP, HTTPS, TLS). When unspecified, all hostnames are matched. A hostname may be prefixed with a wildcard label (\"*.\").", 1, 253).Pattern(GatewayApiShapes.HostnamePattern)),
        ("port", Integer("Port is the network port. Multiple listeners may use the same port, subject to the Listener compatibility rules.", 1, 65535)),
        ("protocol", String("Protocol specifies the network protocol this listener expects to receive: HTTP, HTTPS, TLS, TCP, UDP, or a domain-prefixed implementation-specific protocol.", 1, 255).Pattern(ProtocolPattern)),
        ("tls", Object(
            "TLS is the TLS configuration for the Listener. This field is required if the Protocol field is \"HTTPS\" or \"TLS\".",
            ("mode", Enum("Mode defines the TLS behavior for the TLS session initiated by the client: Terminate or Passthrough.", "Terminate", "Passthrough").Default("Terminate")),
            ("certificateRefs", Array(
                "CertificateRefs contains a series of references to Kubernetes objects that contains TLS certificates and private keys (Secrets of type kubernetes.io/tls).",
                Object(
                    "SecretObjectReference identifies an API object including its namespace, defaulting to Secret.",
                    ("group", String("Group is the group of the referent. For example, \"gateway.networking.k8s.io\". When unspecified or empty string, core API group is inferred.", maxLength: 253).Default(string.Empty)),
                    ("kind", String("Kind is kind of the referent. For example \"Secret\".", 1, 63).Default("Secret")),
                    ("name", String("Name is the name of the referent.", 1, 253)),
                    ("namespace", String("Namespace is the namespace of the referenced object. A Secret in another namespace needs a ReferenceGrant there.", 1, 63)))
                    .Required("name"),
                maxItems: 64)),
            ("options", StringMap("Options are a list of key/value pairs to enable extended TLS configuration for each implementation.")))),
        ("allowedRoutes", Object(
            "AllowedRoutes defines the types of routes that MAY be attached to a Listener and the trusted namespaces where those Route resources MAY be present.",
            ("namespaces", Object(
                "Namespaces indicates namespaces from which Routes may be attached to this Listener. This is restricted to the namespace of this Gateway by default.",
                ("from", Enum("From indicates where Routes will be selected for this Gateway: All, Selector or Same.", "All", "Selector", "Same").Default("Same")),
                ("selector", GatewayApiShapes.LabelSelector("Selector must be specified when From is set to \"Selector\". In that case, only Routes in Namespaces matching this Selector will be selected by this Gateway.")))
                .Default(new JsonObject { ["from"] = "Same" })),
            ("kinds", Array(
                "Kinds specifies the groups and kinds of Routes that are allowed to bind to this Gateway Listener. When unspecified or empty, the kinds of Routes selected are determined using the Listener protocol.",
                Object(
                    "RouteGroupKind indicates the group and kind of a Route resource.",
                    ("group", String("Group is the group of the Route.", maxLength: 253).Default(GatewayApiShapes.Group)),
                    ("kind", String("Kind is the kind of the Route.", 1, 63)))
                    .Required("kind"),
                maxItems: 8)))
            .Default(new JsonObject { ["namespaces"] = new JsonObject { ["from"] = "Same" } })))
        .Required("name", "port", "protocol");
}
