using System.Runtime.CompilerServices;
using System.Text.Json;
using Dashboard.Kubernetes.Caching;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Gateways;

/// <summary>
/// LIST and WATCH of one gateway.networking.k8s.io kind through the generic custom-object calls (KubernetesClient
/// has no models for it), across all namespaces. A kind that moved between versions (TCPRoute v1alpha2 → v1 in
/// Gateway API 1.6) is read at the first version the cluster serves; a cluster serving none of them answers 404,
/// which the cache reads as an empty kind (<see cref="ResourceSource{T}.MissingApiIsEmpty"/>).
/// </summary>
/// <remarks>Make one per cluster cache: it remembers which version that cluster answered, so its WATCH asks for the same.</remarks>
internal sealed class GatewayApiSource<T>
    where T : class, IKubernetesObject<V1ObjectMeta>
{
    private readonly string plural;
    private readonly string[] versions;
    private readonly Action servedChanged;
    private readonly GatewayApiDiscovery? discovery;
    private string served;
    private int isServed = -1;

    /// <param name="plural">The resource, e.g. <c>gateways</c>.</param>
    /// <param name="versions">The versions to try, preferred first.</param>
    /// <param name="servedChanged">Called when the cluster starts or stops serving the kind.</param>
    /// <param name="discovery">The cluster's served versions, asked once for all kinds; null: try each version.</param>
    public GatewayApiSource(string plural, string[] versions, Action servedChanged, GatewayApiDiscovery? discovery = null)
    {
        this.discovery = discovery;
        ArgumentOutOfRangeException.ThrowIfZero(versions.Length);
        this.plural = plural;
        this.versions = versions;
        this.servedChanged = servedChanged;
        served = versions[0];
        // Optional too: a cluster that refuses the dashboard these kinds (RBAC) still shows everything else.
        Source = new ResourceSource<T>(plural, ListAsync, WatchAsync) { MissingApiIsEmpty = true, Optional = true };
    }

    public ResourceSource<T> Source { get; }

    /// <summary>Whether the last LIST found the kind served (its CRD installed); false before the first LIST.</summary>
    public bool IsServed => Volatile.Read(ref isServed) == 1;

    /// <summary>The version the cluster serves the kind at (the preferred one until a LIST said otherwise).</summary>
    public string ServedVersion => Volatile.Read(ref served);

    private async Task<ListChunk<T>> ListAsync(IKubernetes client, string? next, CancellationToken cancellationToken)
    {
        if (next is not null)
            return Chunk(await ListAtAsync(client, served, next, cancellationToken));
        // A fresh LIST asks again from the preferred version: the cluster may have been upgraded meanwhile.
        var candidates = versions;
        if (discovery is not null && await discovery.ServedVersionsAsync(client, cancellationToken) is { } servedVersions)
        {
            candidates = versions.Where(servedVersions.Contains).ToArray();
            if (candidates.Length == 0)
            {
                MarkServed(false);
                throw NotServed();
            }
        }
        for (var i = 0; ; i++)
        {
            try
            {
                var list = await ListAtAsync(client, candidates[i], null, cancellationToken);
                Volatile.Write(ref served, candidates[i]);
                MarkServed(true);
                return Chunk(list);
            }
            catch (Exception e) when (WatchErrors.IsNotFound(e))
            {
                // Not served at this version: try the next, and after the last say so (the cache reads it as empty).
                if (i == candidates.Length - 1)
                {
                    MarkServed(false);
                    throw;
                }
            }
        }
    }

    /// <summary>What the API server answers for a group it does not serve: the cache reads it as an empty kind.</summary>
    private k8s.Autorest.HttpOperationException NotServed() => new k8s.Autorest.HttpOperationException($"The cluster does not serve {GatewayApiGroup.Name} {string.Join(" or ", versions)} {plural}.")
    {
        Response = new k8s.Autorest.HttpResponseMessageWrapper(new HttpResponseMessage(System.Net.HttpStatusCode.NotFound), ""),
    };

    private void MarkServed(bool now)
    {
        if (Interlocked.Exchange(ref isServed, now ? 1 : 0) != (now ? 1 : 0))
            servedChanged();
    }

    private Task<object> ListAtAsync(IKubernetes client, string version, string? next, CancellationToken cancellationToken) =>
        client.CustomObjects.ListClusterCustomObjectAsync(
            GatewayApiGroup.Name, version, plural, continueParameter: next, limit: ResourceSources.PageSize, cancellationToken: cancellationToken);

    private async IAsyncEnumerable<(WatchEventType, T)> WatchAsync(
        IKubernetes client, string resourceVersion, Action<Exception> onError, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var events = client.CustomObjects.WatchListClusterCustomObjectAsync(
            GatewayApiGroup.Name, ServedVersion, plural, allowWatchBookmarks: true, resourceVersion: resourceVersion,
            timeoutSeconds: ResourceSources.WatchSeconds(), onError: onError, cancellationToken: cancellationToken);
        await foreach (var (type, obj) in events)
        {
            if (obj is JsonElement element && Parse(element) is { } item)
                yield return (type, item);
        }
    }

    private static ListChunk<T> Chunk(object list)
    {
        var json = list is JsonElement element ? element : default;
        var items = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(Parse).OfType<T>().ToList()
            : [];
        var metadata = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("metadata", out var meta) ? meta : default;
        return new ListChunk<T>(items, Text(metadata, "resourceVersion"), Text(metadata, "continue"));
    }

    /// <summary>
    /// One object; null when it does not have the shape of its kind (a field of the wrong type), so one object a
    /// controller wrote oddly does not stop the whole kind from being listed.
    /// </summary>
    private static T? Parse(JsonElement obj)
    {
        try
        {
            return KubernetesJson.Deserialize<T>(obj.GetRawText());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement obj, string property) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
