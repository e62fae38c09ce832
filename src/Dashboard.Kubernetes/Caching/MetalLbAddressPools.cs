using System.Runtime.CompilerServices;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Caching;

/// <summary>
/// MetalLB's <c>IPAddressPool</c> (metallb.io/v1beta1), read through the generic custom-object calls. Only its
/// identity matters (does any pool exist), so the JSON is read by hand instead of through a model class.
/// </summary>
internal static class MetalLbAddressPools
{
    private const string Group = "metallb.io";
    private const string Version = "v1beta1";
    private const string Plural = "ipaddresspools";

    public static ResourceSource<AddressPool> Source { get; } = new(Plural, ListAsync, WatchAsync) { MissingApiIsEmpty = true };

    private static async Task<ListChunk<AddressPool>> ListAsync(IKubernetes client, string? next, CancellationToken cancellationToken)
    {
        var list = await client.CustomObjects.ListClusterCustomObjectAsync(
            Group, Version, Plural, continueParameter: next, limit: ResourceSources.PageSize, cancellationToken: cancellationToken);
        var json = list is JsonElement element ? element : default;
        var items = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(Parse).ToList()
            : [];
        var metadata = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("metadata", out var meta) ? meta : default;
        return new ListChunk<AddressPool>(items, Text(metadata, "resourceVersion"), Text(metadata, "continue"));
    }

    private static async IAsyncEnumerable<(WatchEventType, AddressPool)> WatchAsync(
        IKubernetes client, string resourceVersion, Action<Exception> onError, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var events = client.CustomObjects.WatchListClusterCustomObjectAsync(
            Group, Version, Plural, allowWatchBookmarks: true, resourceVersion: resourceVersion,
            timeoutSeconds: ResourceSources.WatchSeconds(), onError: onError, cancellationToken: cancellationToken);
        await foreach (var (type, obj) in events)
        {
            if (obj is JsonElement element)
                yield return (type, Parse(element));
        }
    }

    private static AddressPool Parse(JsonElement obj)
    {
        var metadata = obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty("metadata", out var meta) ? meta : default;
        return new AddressPool
        {
            Metadata = new V1ObjectMeta
            {
                Name = Text(metadata, "name"),
                NamespaceProperty = Text(metadata, "namespace"),
                ResourceVersion = Text(metadata, "resourceVersion"),
            },
        };
    }

    private static string? Text(JsonElement obj, string property) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

/// <summary>An IPAddressPool reduced to its metadata.</summary>
internal sealed class AddressPool : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = "metallb.io/v1beta1";

    public string Kind { get; set; } = "IPAddressPool";

    public V1ObjectMeta Metadata { get; set; } = new();
}
