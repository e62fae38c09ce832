using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Caching;

/// <summary>The kinds every cluster cache holds, through KubernetesClient's generated List/WatchList calls.</summary>
internal static class ResourceSources
{
    public const string NginxNamespace = "ingress-nginx";

    /// <summary>Objects per LIST page: big lists arrive in chunks instead of one response of many megabytes.</summary>
    public const int PageSize = 500;

    public static ResourceSource<V1Namespace> Namespaces { get; } = new("namespaces",
        async (k, next, ct) => Chunk(await k.CoreV1.ListNamespaceAsync(continueParameter: next, limit: PageSize, cancellationToken: ct)),
        (k, rv, onError, ct) => k.CoreV1.WatchListNamespaceAsync(
            allowWatchBookmarks: true, resourceVersion: rv, timeoutSeconds: WatchSeconds(), onError: onError, cancellationToken: ct));

    public static ResourceSource<V1Node> Nodes { get; } = new("nodes",
        async (k, next, ct) => Chunk(await k.CoreV1.ListNodeAsync(continueParameter: next, limit: PageSize, cancellationToken: ct)),
        (k, rv, onError, ct) => k.CoreV1.WatchListNodeAsync(
            allowWatchBookmarks: true, resourceVersion: rv, timeoutSeconds: WatchSeconds(), onError: onError, cancellationToken: ct));

    public static ResourceSource<V1Service> Services { get; } = new("services",
        async (k, next, ct) => Chunk(await k.CoreV1.ListServiceForAllNamespacesAsync(continueParameter: next, limit: PageSize, cancellationToken: ct)),
        (k, rv, onError, ct) => k.CoreV1.WatchListServiceForAllNamespacesAsync(
            allowWatchBookmarks: true, resourceVersion: rv, timeoutSeconds: WatchSeconds(), onError: onError, cancellationToken: ct));

    /// <summary>discovery.k8s.io/v1, which replaces core Endpoints (deprecated in 1.33) and is what kube-proxy reads.</summary>
    public static ResourceSource<V1EndpointSlice> EndpointSlices { get; } = new("endpointslices",
        async (k, next, ct) => Chunk(await k.DiscoveryV1.ListEndpointSliceForAllNamespacesAsync(continueParameter: next, limit: PageSize, cancellationToken: ct)),
        (k, rv, onError, ct) => k.DiscoveryV1.WatchListEndpointSliceForAllNamespacesAsync(
            allowWatchBookmarks: true, resourceVersion: rv, timeoutSeconds: WatchSeconds(), onError: onError, cancellationToken: ct))
    { Optional = true };

    public static ResourceSource<V1Pod> Pods { get; } = new("pods",
        async (k, next, ct) => Chunk(await k.CoreV1.ListPodForAllNamespacesAsync(continueParameter: next, limit: PageSize, cancellationToken: ct)),
        (k, rv, onError, ct) => k.CoreV1.WatchListPodForAllNamespacesAsync(
            allowWatchBookmarks: true, resourceVersion: rv, timeoutSeconds: WatchSeconds(), onError: onError, cancellationToken: ct))
    { Optional = true };

    /// <summary>Events about Services only: the server filters (involvedObject.kind), so no pod's events cross the wire.</summary>
    public static ResourceSource<Corev1Event> ServiceEvents { get; } = EventsAbout("Service");

    public static ResourceSource<Corev1Event> IngressEvents { get; } = EventsAbout("Ingress");

    public static ResourceSource<V1Ingress> Ingresses { get; } = new("ingresses",
        async (k, next, ct) => Chunk(await k.NetworkingV1.ListIngressForAllNamespacesAsync(continueParameter: next, limit: PageSize, cancellationToken: ct)),
        (k, rv, onError, ct) => k.NetworkingV1.WatchListIngressForAllNamespacesAsync(
            allowWatchBookmarks: true, resourceVersion: rv, timeoutSeconds: WatchSeconds(), onError: onError, cancellationToken: ct));

    public static ResourceSource<V1IngressClass> IngressClasses { get; } = new("ingressclasses",
        async (k, next, ct) => Chunk(await k.NetworkingV1.ListIngressClassAsync(continueParameter: next, limit: PageSize, cancellationToken: ct)),
        (k, rv, onError, ct) => k.NetworkingV1.WatchListIngressClassAsync(
            allowWatchBookmarks: true, resourceVersion: rv, timeoutSeconds: WatchSeconds(), onError: onError, cancellationToken: ct));

    /// <summary>Only ingress-nginx's ConfigMaps: its tcp-services/udp-services are what Layer-4 through nginx needs.</summary>
    public static ResourceSource<V1ConfigMap> NginxConfigMaps { get; } = new("configmaps",
        async (k, next, ct) => Chunk(await k.CoreV1.ListNamespacedConfigMapAsync(NginxNamespace, continueParameter: next, limit: PageSize, cancellationToken: ct)),
        (k, rv, onError, ct) => k.CoreV1.WatchListNamespacedConfigMapAsync(NginxNamespace,
            allowWatchBookmarks: true, resourceVersion: rv, timeoutSeconds: WatchSeconds(), onError: onError, cancellationToken: ct));

    private static ResourceSource<Corev1Event> EventsAbout(string kind)
    {
        var selector = $"involvedObject.kind={kind}";
        return new("events",
            async (k, next, ct) => Chunk(await k.CoreV1.ListEventForAllNamespacesAsync(
                continueParameter: next, fieldSelector: selector, limit: PageSize, cancellationToken: ct)),
            (k, rv, onError, ct) => k.CoreV1.WatchListEventForAllNamespacesAsync(
                allowWatchBookmarks: true, fieldSelector: selector, resourceVersion: rv, timeoutSeconds: WatchSeconds(), onError: onError, cancellationToken: ct))
        { Optional = true };
    }

    /// <summary>Every generated list type carries its items and its list metadata (resourceVersion, continue).</summary>
    private static ListChunk<T> Chunk<T>(IItems<T> list)
    {
        var metadata = (list as IMetadata<V1ListMeta>)?.Metadata;
        return new(list.Items ?? [], metadata?.ResourceVersion, metadata?.ContinueProperty);
    }

    /// <summary>
    /// Servers end watches after a while anyway; asking for 5–10 minutes (spread, as client-go does) renews
    /// connections at a known pace instead of every watch of every cluster at once.
    /// </summary>
#pragma warning disable CA5394 // Spreading, not security.
    internal static int WatchSeconds() => Random.Shared.Next(300, 600);
#pragma warning restore CA5394
}
