using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Api;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.OpenApi;

/// <summary>
/// A cluster's OpenAPI documents, built once on first use from the kinds it serves (through its own
/// discovery documents) and kept as bytes with their hash: the v3 index, one v3 document per
/// group-version, and the v2 document.
/// </summary>
internal sealed class OpenApiDocuments
{
    private readonly Lazy<Built> built;

    public OpenApiDocuments(ServedKinds served, string kubernetesVersion) =>
        built = new Lazy<Built>(() => Build(served, kubernetesVersion));

    /// <summary>A serialized document (JSON, or protobuf for v2) and its hash (upper-case hex SHA-512, as kube-openapi's ETag).</summary>
    public sealed record Served(byte[] Bytes, string Hash)
    {
        public static Served Of(JsonNode document) => Of(JsonWire.Bytes(document));

        public static Served Of(byte[] bytes) => new(bytes, Convert.ToHexString(SHA512.HashData(bytes)));
    }

    private sealed record Built(Served Index, IReadOnlyDictionary<string, Served> GroupVersions, Served V2, Served V2Protobuf);

    public Served Index => built.Value.Index;

    /// <summary>Keyed <c>api/v1</c>, <c>apis/apps/v1</c>…, as in the index.</summary>
    public IReadOnlyDictionary<string, Served> GroupVersions => built.Value.GroupVersions;

    public Served V2 => built.Value.V2;

    /// <summary>The v2 document as gnostic protobuf.</summary>
    public Served V2Protobuf => built.Value.V2Protobuf;

    public static string RelativeUrl(string groupVersionPath, string hash) => $"/openapi/v3/{groupVersionPath}?hash={hash}";

    private static Built Build(ServedKinds served, string kubernetesVersion)
    {
        var documents = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (group, version) in served.GroupVersions.Select(g => g.Key))
        {
            var key = group.Length == 0 ? $"api/{version}" : $"apis/{group}/{version}";
            if (Discovery.Document("/" + key, string.Empty, served) is { } resources)
            {
                documents[key] = GroupVersionDocument.Build(group, version, resources, kubernetesVersion);
            }
        }

        var swagger = SwaggerV2.Merge(documents.Values, kubernetesVersion);
        var v2 = Served.Of(swagger);
        var v2Protobuf = Served.Of(GnosticV2.Encode(swagger));
        var byPath = documents.ToDictionary(d => d.Key, d => Served.Of(d.Value), StringComparer.Ordinal);
        var index = new JsonObject();
        foreach (var (key, document) in byPath)
        {
            index[key] = new JsonObject { ["serverRelativeURL"] = RelativeUrl(key, document.Hash) };
        }

        return new Built(Served.Of(new JsonObject { ["paths"] = index }), byPath, v2, v2Protobuf);
    }
}
