using Dashboard.Kubernetes.Caching;

namespace Dashboard.Kubernetes.Routes;

/// <summary>
/// What the cache keeps per route. <see cref="Info"/>'s parents carry no status yet: which controller's entry counts
/// depends on the parent Gateway's class, which the reads look up (<see cref="RouteStatusResolver"/>).
/// </summary>
internal sealed record RouteEntry(
    RouteInfo Info,
    string SearchText,
    IReadOnlyList<RouteStatusEntry> Statuses,
    IReadOnlyList<RouteRuleInfo> Rules,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations) : IListedEntry<RouteInfo>;
