using System.Collections.Immutable;
using Dashboard.Kubernetes.Resources;

namespace Dashboard.Kubernetes.Caching;

/// <summary>The endpoints of every Service, gathered from its EndpointSlices, for one snapshot of the slices.</summary>
internal sealed class EndpointIndex
{
    private static readonly EndpointInfo[] None = [];

    private readonly Dictionary<ObjectKey, EndpointInfo[]> byService;

    private EndpointIndex(ImmutableSortedDictionary<ObjectKey, EndpointSliceEntry> slices, Dictionary<ObjectKey, EndpointInfo[]> byService)
    {
        Slices = slices;
        this.byService = byService;
    }

    /// <summary>The snapshot this index was built from: a new snapshot means a new index.</summary>
    public ImmutableSortedDictionary<ObjectKey, EndpointSliceEntry> Slices { get; }

    /// <summary>
    /// Endpoints sorted by pod name then address. The same endpoint in two slices (an IPv4 and an IPv6 slice, or
    /// one being handed over between slices) is one endpoint, ready if either says so.
    /// </summary>
    public static EndpointIndex Build(ImmutableSortedDictionary<ObjectKey, EndpointSliceEntry> slices)
    {
        var gathered = new Dictionary<ObjectKey, Dictionary<string, EndpointInfo>>();
        foreach (var (key, slice) in slices)
        {
            if (slice.ServiceName.Length == 0)
                continue;
            var service = new ObjectKey(key.Namespace, slice.ServiceName);
            if (!gathered.TryGetValue(service, out var endpoints))
                gathered[service] = endpoints = new Dictionary<string, EndpointInfo>(StringComparer.Ordinal);
            foreach (var endpoint in slice.Endpoints)
            {
                var identity = endpoint.PodName ?? endpoint.Address;
                endpoints[identity] = endpoints.TryGetValue(identity, out var seen) && seen.Ready ? seen : endpoint;
            }
        }
        var byService = gathered.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Values
                .OrderBy(e => e.PodName ?? "", StringComparer.Ordinal).ThenBy(e => e.Address, StringComparer.Ordinal)
                .ToArray());
        return new EndpointIndex(slices, byService);
    }

    public IReadOnlyList<EndpointInfo> Of(string ns, string service) =>
        byService.TryGetValue(new ObjectKey(ns, service), out var endpoints) ? endpoints : None;

    public EndpointCounts CountsOf(string ns, string service)
    {
        var endpoints = Of(ns, service);
        return new EndpointCounts(endpoints.Count(e => e.Ready), endpoints.Count);
    }
}
