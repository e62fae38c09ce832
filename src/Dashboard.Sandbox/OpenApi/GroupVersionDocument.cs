using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.OpenApi;

/// <summary>
/// One group-version's OpenAPI v3 document (<c>/openapi/v3/apis/apps/v1</c>), built from its discovery
/// resource list, so the paths and verbs are exactly what discovery and routing serve (subresources included).
/// </summary>
internal sealed class GroupVersionDocument(string group, string version)
{
    private static readonly string[] MediaTypes = ["application/json", "application/yaml", "application/vnd.kubernetes.protobuf"];

    private static readonly string[] PatchTypes =
        ["application/apply-patch+yaml", "application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json"];

    private readonly JsonObject paths = [];
    private readonly HashSet<string> roots = [];

    private string Prefix => group.Length == 0 ? $"/api/{version}" : $"/apis/{group}/{version}";

    /// <summary><c>core_v1</c>, <c>networking_v1</c>, <c>metallbIo_v1beta1</c>: the operations' tag.</summary>
    private string Tag => string.Concat(Words.Select((w, i) => i == 0 ? w : Pascal(w))) + "_" + version;

    /// <summary><c>CoreV1</c>, <c>MetallbIoV1beta1</c>: the middle of operation ids.</summary>
    private string Id => string.Concat(Words.Select(Pascal)) + Pascal(version);

    private string[] Words => group.Length == 0 ? ["core"] : group.Replace(".k8s.io", string.Empty, StringComparison.Ordinal).Split('.');

    public static JsonObject Build(string group, string version, JsonObject resourceList, string kubernetesVersion)
    {
        var document = new GroupVersionDocument(group, version);
        var resources = resourceList.ArrayAt("resources") ?? [];
        foreach (var resource in resources.OfType<JsonObject>().Where(r => !(r.StringAt("name") ?? string.Empty).Contains('/')))
        {
            document.AddResource(resource);
        }

        foreach (var resource in resources.OfType<JsonObject>().Where(r => (r.StringAt("name") ?? string.Empty).Contains('/')))
        {
            document.AddSubresource(resource, resources.OfType<JsonObject>());
        }

        return document.Document(kubernetesVersion);
    }

    private JsonObject Document(string kubernetesVersion)
    {
        var catalog = SchemaCatalog.Shared;
        var schemas = new JsonObject();
        foreach (var name in catalog.Closure(roots))
        {
            schemas[name] = catalog.Find(name)?.DeepClone();
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = kubernetesVersion },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject
                {
                    ["BearerToken"] = new JsonObject { ["type"] = "apiKey", ["description"] = "Bearer Token authentication", ["name"] = "authorization", ["in"] = "header" },
                },
            },
        };
    }

    private void AddResource(JsonObject resource)
    {
        var plural = resource.StringAt("name")!;
        var kind = resource.StringAt("kind")!;
        var namespaced = resource.BoolAt("namespaced") == true;
        var verbs = Verbs(resource);
        var gvk = (group, version, kind);
        var definition = KindSchemas.For(group, version, kind);
        roots.Add(definition);
        var list = ListDefinition(kind);
        roots.Add(DefinitionNames.Patch);
        roots.Add(DefinitionNames.MetaPackage + ".Status");
        SchemaCatalog.Shared.Define(typeof(k8s.Models.V1Status));
        SchemaCatalog.Shared.Define(typeof(k8s.Models.V1DeleteOptions));

        var scope = namespaced ? "Namespaced" : string.Empty;
        var collection = namespaced ? $"{Prefix}/namespaces/{{namespace}}/{plural}" : $"{Prefix}/{plural}";
        JsonObject[] ScopeParameters() => namespaced ? [OpenApiParameters.Namespace()] : [];

        var collectionItem = new JsonObject();
        if (verbs.Contains("list"))
        {
            collectionItem["get"] = Operation("list", $"list or watch objects of kind {kind}", $"list{Id}{scope}{kind}", gvk, list, OpenApiParameters.List(), null, 200);
        }

        if (verbs.Contains("create"))
        {
            collectionItem["post"] = Operation("post", $"create {Article(kind)}", $"create{Id}{scope}{kind}", gvk, definition, OpenApiParameters.Write(patch: false), Body(definition), 201);
        }

        AddPath(collection, collectionItem, ScopeParameters());

        var item = new JsonObject();
        if (verbs.Contains("get"))
        {
            item["get"] = Operation("get", $"read the specified {kind}", $"read{Id}{scope}{kind}", gvk, definition, [], null, 200);
        }

        AddWrites(item, verbs, $"{scope}{kind}", gvk, definition, "the specified " + kind);
        if (verbs.Contains("delete"))
        {
            item["delete"] = Operation("delete", $"delete {Article(kind)}", $"delete{Id}{scope}{kind}", gvk, DefinitionNames.MetaPackage + ".Status",
                OpenApiParameters.Delete(), Body(DefinitionNames.MetaPackage + ".DeleteOptions"), 200);
        }

        AddPath($"{collection}/{{name}}", item, [OpenApiParameters.Name(kind), .. ScopeParameters()]);

        if (namespaced && verbs.Contains("list"))
        {
            var all = new JsonObject
            {
                ["get"] = Operation("list", $"list or watch objects of kind {kind}", $"list{Id}{kind}ForAllNamespaces", gvk, list, OpenApiParameters.List(), null, 200),
            };
            AddPath($"{Prefix}/{plural}", all, []);
        }
    }

    private void AddSubresource(JsonObject resource, IEnumerable<JsonObject> resources)
    {
        var parts = resource.StringAt("name")!.Split('/');
        var (plural, subresource) = (parts[0], parts[1]);
        var owner = resources.FirstOrDefault(r => r.StringAt("name") == plural);
        var namespaced = resource.BoolAt("namespaced") == true;
        var kind = resource.StringAt("kind")!;

        // A scale subresource is autoscaling/v1 whatever group serves it; discovery says so, but need not.
        var gvk = kind == "Scale" && resource.StringAt("group") is null
            ? ("autoscaling", "v1", kind)
            : (resource.StringAt("group") ?? group, resource.StringAt("version") ?? version, kind);
        var definition = KindSchemas.For(gvk.Item1, gvk.Item2, gvk.Item3);
        roots.Add(definition);
        var ownerKind = owner?.StringAt("kind") ?? gvk.Item3;
        var scope = namespaced ? "Namespaced" : string.Empty;
        var item = new JsonObject();
        var verbs = Verbs(resource);
        if (verbs.Contains("get"))
        {
            item["get"] = Operation("get", $"read {subresource} of the specified {ownerKind}", $"read{Id}{scope}{ownerKind}{Pascal(subresource)}", gvk, definition, [], null, 200);
        }

        AddWrites(item, verbs, $"{scope}{ownerKind}{Pascal(subresource)}", gvk, definition, $"{subresource} of the specified {ownerKind}");
        var path = namespaced ? $"{Prefix}/namespaces/{{namespace}}/{plural}/{{name}}/{subresource}" : $"{Prefix}/{plural}/{{name}}/{subresource}";
        AddPath(path, item, namespaced ? [OpenApiParameters.Name(gvk.Item3), OpenApiParameters.Namespace()] : [OpenApiParameters.Name(gvk.Item3)]);
    }

    private void AddWrites(JsonObject item, HashSet<string> verbs, string operation, (string, string, string) gvk, string definition, string what)
    {
        if (verbs.Contains("update"))
        {
            item["put"] = Operation("put", $"replace {what}", $"replace{Id}{operation}", gvk, definition, OpenApiParameters.Write(patch: false), Body(definition), 200);
        }

        if (verbs.Contains("patch"))
        {
            var content = new JsonObject();
            foreach (var type in PatchTypes)
            {
                content[type] = new JsonObject { ["schema"] = Ref(DefinitionNames.Patch) };
            }

            item["patch"] = Operation("patch", $"partially update {what}", $"patch{Id}{operation}", gvk, definition,
                OpenApiParameters.Write(patch: true), new JsonObject { ["content"] = content, ["required"] = true }, 200);
        }
    }

    private void AddPath(string path, JsonObject item, IEnumerable<JsonObject> parameters)
    {
        if (item.Count == 0)
        {
            return;
        }

        item["parameters"] = new JsonArray([.. parameters, OpenApiParameters.Pretty()]);
        paths[path] = item;
    }

    private string ListDefinition(string kind)
    {
        var name = KindSchemas.ListFor(group, version, kind);
        roots.Add(name);
        return name;
    }

    private JsonObject Operation(string action, string description, string operationId, (string Group, string Version, string Kind) gvk,
        string response, IEnumerable<JsonObject> parameters, JsonObject? body, int success)
    {
        var content = new JsonObject();
        foreach (var type in MediaTypes)
        {
            content[type] = new JsonObject { ["schema"] = Ref(response) };
        }

        var responses = new JsonObject
        {
            [success.ToString(CultureInfo.InvariantCulture)] = new JsonObject { ["description"] = success == 201 ? "Created" : "OK", ["content"] = content },
            ["401"] = new JsonObject { ["description"] = "Unauthorized" },
        };
        if (action is "put" or "patch" && success == 200)
        {
            responses["201"] = new JsonObject { ["description"] = "Created", ["content"] = content.DeepClone() };
        }

        var operation = new JsonObject
        {
            ["tags"] = new JsonArray(Tag),
            ["description"] = description,
            ["operationId"] = operationId,
            ["parameters"] = new JsonArray([.. parameters]),
        };
        if (body is not null)
        {
            operation["requestBody"] = body;
        }

        operation["responses"] = responses;
        operation["x-kubernetes-action"] = action;
        operation["x-kubernetes-group-version-kind"] = new JsonObject { ["group"] = gvk.Group, ["kind"] = gvk.Kind, ["version"] = gvk.Version };
        return operation;
    }

    private static JsonObject Body(string definition)
    {
        var content = new JsonObject();
        foreach (var type in MediaTypes)
        {
            content[type] = new JsonObject { ["schema"] = Ref(definition) };
        }

        return new JsonObject { ["content"] = content, ["required"] = true };
    }

    private static HashSet<string> Verbs(JsonObject resource) =>
        [.. (resource.ArrayAt("verbs") ?? []).Select(JsonNodes.AsString).OfType<string>()];

    private static JsonObject Ref(string name) => new() { ["$ref"] = SchemaCatalog.RefPrefix + name };

    private static string Article(string kind) => "aeiou".Contains(char.ToLowerInvariant(kind[0])) ? $"an {kind}" : $"a {kind}";

    private static string Pascal(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
