using System.Text.Json.Nodes;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Api;

/// <summary>
/// The plain (non-aggregated) discovery documents. kubectl asks for aggregated discovery first;
/// a plain <c>application/json</c> answer makes client-go fall back to these, as with older servers.
/// </summary>
internal static class Discovery
{
    private static readonly string[] StatusVerbs = ["get", "patch", "update"];

    /// <summary>The document at <paramref name="path"/>, or null when it is not a discovery path.</summary>
    public static JsonObject? Document(string path, string serverAddress, ServedKinds served)
    {
        var groups = served.Groups.Where(g => g.Key.Length > 0).Select(g => (Name: g.Key, Versions: served.VersionsOf(g.Key))).ToList();
        var groupVersions = served.GroupVersions.Where(g => g.Key.Group.Length > 0).ToList();
        return path.TrimEnd('/') switch
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
                ["groups"] = new JsonArray(groups.Select(g => (JsonNode)Group(g.Name, g.Versions)).ToArray()),
            },
            "/api/v1" => ResourceList("v1", served.Groups.First(g => g.Key.Length == 0)),
            var other when groups.FirstOrDefault(g => other == $"/apis/{g.Name}") is { Versions: not null } group => Group(group.Name, group.Versions),
            var other when groupVersions.FirstOrDefault(g => other == $"/apis/{g.Key.Group}/{g.Key.Version}") is { } groupVersion =>
                ResourceList($"{groupVersion.Key.Group}/{groupVersion.Key.Version}", groupVersion),
            _ => null,
        };
    }

    private static JsonObject Group(string name, IReadOnlyList<string> versions)
    {
        JsonObject Version(string version) => new() { ["groupVersion"] = $"{name}/{version}", ["version"] = version };
        return new JsonObject
        {
            ["kind"] = "APIGroup",
            ["apiVersion"] = "v1",
            ["name"] = name,
            ["versions"] = new JsonArray(versions.Select(v => (JsonNode)Version(v)).ToArray()),
            ["preferredVersion"] = Version(versions[0]),
        };
    }

    private static JsonObject ResourceList(string groupVersion, IEnumerable<ResourceKind> kinds)
    {
        var resources = new JsonArray();
        foreach (var kind in kinds)
        {
            var resource = new JsonObject
            {
                ["name"] = kind.Plural,
                ["singularName"] = kind.Singular,
                ["namespaced"] = kind.Namespaced,
                ["kind"] = kind.Kind,
                ["verbs"] = new JsonArray(kind.Verbs.Select(v => (JsonNode)v).ToArray()),
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
            if (kind == ResourceCatalog.Namespaces)
            {
                resources.Add(new JsonObject
                {
                    ["name"] = "namespaces/finalize",
                    ["singularName"] = string.Empty,
                    ["namespaced"] = false,
                    ["kind"] = kind.Kind,
                    ["verbs"] = new JsonArray("update"),
                });
            }

            if (kind.HasScale)
            {
                resources.Add(new JsonObject
                {
                    ["name"] = $"{kind.Plural}/scale",
                    ["singularName"] = string.Empty,
                    ["namespaced"] = kind.Namespaced,
                    ["group"] = "autoscaling",
                    ["version"] = "v1",
                    ["kind"] = "Scale",
                    ["verbs"] = new JsonArray(StatusVerbs.Select(v => (JsonNode)v).ToArray()),
                });
            }

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
            ["groupVersion"] = groupVersion,
            ["resources"] = resources,
        };
    }
}
