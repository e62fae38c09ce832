using System.Text.Json.Nodes;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.OpenApi;

/// <summary>
/// The schema of each served kind: its KubernetesClient model type's, or, for a custom resource the
/// package has no type for, its CRD's structural schema where the kind declares one (Gateway API), else an
/// object whose spec and status keep any field (MetalLB's IPAddressPool), named as the API server names a
/// CRD's (<c>io.metallb.v1beta1.IPAddressPool</c>).
/// </summary>
internal static class KindSchemas
{
    /// <summary>The definition name of a kind (defining it on first use).</summary>
    public static string For(string group, string version, string kind)
    {
        var catalog = SchemaCatalog.Shared;
        if (ModelTypes.For(group, version, kind) is { } type)
        {
            return catalog.Define(type);
        }

        var name = $"{string.Join('.', group.Split('.').Reverse())}.{version}.{kind}";
        catalog.Add(name, CustomResource(group, version, kind));
        return name;
    }

    public static string For(ResourceKind kind) => For(kind.Group, kind.Version, kind.Kind);

    /// <summary>The list type of a kind: the package's, or for a custom resource one of items of the kind.</summary>
    public static string ListFor(string group, string version, string kind)
    {
        if (ModelTypes.For(group, version, kind + "List") is { } type)
        {
            return SchemaCatalog.Shared.Define(type);
        }

        var item = For(group, version, kind);
        var name = item + "List";
        SchemaCatalog.Shared.Add(name, new JsonObject
        {
            ["description"] = $"{kind}List is a list of {kind}",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["apiVersion"] = new JsonObject { ["type"] = "string" },
                ["items"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject { ["$ref"] = SchemaCatalog.RefPrefix + item },
                },
                ["kind"] = new JsonObject { ["type"] = "string" },
                ["metadata"] = new JsonObject
                {
                    ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = SchemaCatalog.RefPrefix + SchemaCatalog.Shared.Define(typeof(k8s.Models.V1ListMeta)) }),
                },
            },
            ["required"] = new JsonArray("items"),
            ["x-kubernetes-group-version-kind"] = new JsonArray(new JsonObject { ["group"] = group, ["kind"] = kind + "List", ["version"] = version }),
        });
        return name;
    }

    private static JsonObject CustomResource(string group, string version, string kind)
    {
        var meta = SchemaCatalog.Shared.Define(typeof(k8s.Models.V1ObjectMeta));
        JsonObject Free() => new() { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true };
        var served = ResourceCatalog.All.FirstOrDefault(k => k.Group == group && k.Version == version && k.Kind == kind);
        var schema = new JsonObject();
        if (served?.SchemaDescription is { } description)
        {
            schema["description"] = description;
        }

        schema["type"] = "object";
        schema["properties"] = new JsonObject
        {
            ["apiVersion"] = new JsonObject
            {
                ["description"] = "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
                ["type"] = "string",
            },
            ["kind"] = new JsonObject
            {
                ["description"] = "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
                ["type"] = "string",
            },
            ["metadata"] = new JsonObject
            {
                ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = SchemaCatalog.RefPrefix + meta }),
                ["description"] = "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
            },
            ["spec"] = served?.SpecSchema?.DeepClone() ?? Free(),
            ["status"] = served?.StatusSchema?.DeepClone() ?? Free(),
        };
        if (served?.SpecSchema is not null)
        {
            schema["required"] = new JsonArray("spec");
        }

        schema["x-kubernetes-group-version-kind"] = new JsonArray(new JsonObject { ["group"] = group, ["kind"] = kind, ["version"] = version });
        return schema;
    }
}
