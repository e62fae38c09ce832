using System.Text.Json.Nodes;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Api;

/// <summary>
/// The plain (non-aggregated) discovery documents. kubectl asks for aggregated discovery first;
/// a plain <c>application/json</c> answer makes client-go fall back to these, as with older servers.
/// </summary>
internal static class Discovery
{
    private static readonly string[] Verbs = ["create", "delete", "get", "list", "patch", "update", "watch"];
    private static readonly string[] StatusVerbs = ["get", "patch", "update"];

    /// <summary>The document at <paramref name="path"/>, or null when it is not a discovery path.</summary>
    public static JsonObject? Document(string path, string serverAddress) => path.TrimEnd('/') switch
    {
        "/api" => new JsonObject
        {
            ["kind"] = "APIVersions",
            ["versions"] = new JsonArray("v1"),
            ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
        },
        "/apis" => new JsonObject
        {
            ["kind"] = "APIGroupList",
            ["apiVersion"] = "v1",
            ["groups"] = new JsonArray(ResourceCatalog.Groups.Where(g => g.Key.Length > 0).Select(g => (JsonNode)Group(g.Key)).ToArray()),
        },
        "/api/v1" => ResourceList(string.Empty),
        var other when ResourceCatalog.Groups.FirstOrDefault(g => g.Key.Length > 0 && other == $"/apis/{g.Key}") is { } group => Group(group.Key),
        var other when ResourceCatalog.Groups.FirstOrDefault(g => g.Key.Length > 0 && other == $"/apis/{g.Key}/v1") is { } group => ResourceList(group.Key),
        _ => null,
    };

    private static JsonObject Group(string name)
    {
        JsonObject Version() => new() { ["groupVersion"] = $"{name}/v1", ["version"] = "v1" };
        return new JsonObject
        {
            ["kind"] = "APIGroup",
            ["apiVersion"] = "v1",
            ["name"] = name,
            ["versions"] = new JsonArray(Version()),
            ["preferredVersion"] = Version(),
        };
    }

    private static JsonObject ResourceList(string group)
    {
        var resources = new JsonArray();
        foreach (var kind in ResourceCatalog.All.Where(k => k.Group == group))
        {
            var resource = new JsonObject
            {
                ["name"] = kind.Plural,
                ["singularName"] = kind.Singular,
                ["namespaced"] = kind.Namespaced,
                ["kind"] = kind.Kind,
                ["verbs"] = new JsonArray(Verbs.Select(v => (JsonNode)v).ToArray()),
            };
            if (kind.ShortNames.Count > 0)
            {
                resource["shortNames"] = new JsonArray(kind.ShortNames.Select(s => (JsonNode)s).ToArray());
            }

            if (kind.Categories.Count > 0)
            {
                resource["categories"] = new JsonArray(kind.Categories.Select(c => (JsonNode)c).ToArray());
            }

            resources.Add(resource);
            if (kind.HasStatus)
            {
                resources.Add(new JsonObject
                {
                    ["name"] = $"{kind.Plural}/status",
                    ["singularName"] = string.Empty,
                    ["namespaced"] = kind.Namespaced,
                    ["kind"] = kind.Kind,
                    ["verbs"] = new JsonArray(StatusVerbs.Select(v => (JsonNode)v).ToArray()),
                });
            }
        }

        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = group.Length == 0 ? "v1" : $"{group}/v1",
            ["resources"] = resources,
        };
    }
}
