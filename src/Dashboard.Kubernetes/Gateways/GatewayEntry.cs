using Dashboard.Core.Support;
using Dashboard.Kubernetes.Caching;

namespace Dashboard.Kubernetes.Gateways;

/// <summary>What the cache keeps per Gateway: the row, the facts entry, and the parts its page shows.</summary>
internal sealed record GatewayEntry(
    GatewayInfo Info,
    string SearchText,
    GatewayFacts Facts,
    IReadOnlyList<ConditionInfo> Conditions,
    IReadOnlyList<GatewayListenerInfo> Listeners,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations) : IListedEntry<GatewayInfo>;
