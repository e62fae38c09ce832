using System.Text.Json.Nodes;
using static Dashboard.Sandbox.OpenApi.CrdSchema;

namespace Dashboard.Sandbox.OpenApi.GatewayApi;

/// <summary>ReferenceGrant's spec (gateway-api apis/v1beta1 referencegrant_types.go): who may refer to what in this namespace.</summary>
internal static class ReferenceGrantSchema
{
    public static JsonObject Spec() => Object(
        "Spec defines the desired state of ReferenceGrant.",
        ("from", Array(
            "From describes the trusted namespaces and kinds that can reference the resources described in \"To\".",
            Object(
                "ReferenceGrantFrom describes trusted namespaces and kinds.",
                ("group", String("Group is the group of the referent. When empty, the Kubernetes core API group is inferred.", maxLength: 253)),
                ("kind", String("Kind is the kind of the referent, such as HTTPRoute.", 1, 63)),
                ("namespace", String("Namespace is the namespace of the referent.", 1, 63)))
                .Required("group", "kind", "namespace"),
            minItems: 1,
            maxItems: 16)),
        ("to", Array(
            "To describes the resources that may be referenced by the resources described in \"From\".",
            Object(
                "ReferenceGrantTo describes what Kinds are allowed as targets of the references.",
                ("group", String("Group is the group of the referent. When empty, the Kubernetes core API group is inferred.", maxLength: 253)),
                ("kind", String("Kind is the kind of the referent, such as Service.", 1, 63)),
                ("name", String("Name is the name of the referent. When unspecified, this policy refers to all resources of the specified Group and Kind in the local namespace.", 1, 253)))
                .Required("group", "kind"),
            minItems: 1,
            maxItems: 16)))
        .Required("from", "to");
}
