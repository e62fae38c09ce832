using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Caching;

/// <summary>One page of a chunked LIST.</summary>
internal sealed record ListChunk<T>(IList<T> Items, string? ResourceVersion, string? Continue);

/// <summary>How to LIST one page of a kind and how to WATCH it from a resourceVersion, with KubernetesClient.</summary>
internal sealed class ResourceSource<T>(
    string name,
    Func<IKubernetes, string?, CancellationToken, Task<ListChunk<T>>> list,
    Func<IKubernetes, string, Action<Exception>, CancellationToken, IAsyncEnumerable<(WatchEventType, T)>> watch)
    where T : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>The plural, for logs.</summary>
    public string Name => name;

    /// <summary>A 404 on LIST means the cluster does not serve this API (MetalLB not installed): an empty kind, not an outage.</summary>
    public bool MissingApiIsEmpty { get; init; }

    /// <summary>
    /// The pages can do without this kind (endpoints, pods, events): when the cluster refuses it (RBAC, say) the
    /// other kinds keep the cluster Ready and the pages say what they cannot show, instead of the whole cluster
    /// being unavailable.
    /// </summary>
    public bool Optional { get; init; }

    public Task<ListChunk<T>> ListAsync(IKubernetes client, string? continueToken, CancellationToken cancellationToken) =>
        list(client, continueToken, cancellationToken);

    public IAsyncEnumerable<(WatchEventType Type, T Object)> Watch(IKubernetes client, string resourceVersion, Action<Exception> onError, CancellationToken cancellationToken) =>
        watch(client, resourceVersion, onError, cancellationToken);
}
