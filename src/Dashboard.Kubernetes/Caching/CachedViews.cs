using Dashboard.Core.Support;
using Dashboard.Kubernetes.Resources;

namespace Dashboard.Kubernetes.Caching;

/// <summary>
/// What a cache keeps per listed object: the record a reader gets, converted once when the object changes, and
/// the text a search runs over, so a query does no conversion work.
/// </summary>
internal interface IListedEntry<out TInfo>
{
    TInfo Info { get; }

    /// <summary>The searchable fields joined by newlines; searches are case-insensitive substrings of it.</summary>
    string SearchText { get; }
}

/// <param name="LoadBalancer">For a Service of type LoadBalancer, what the cluster facts list; otherwise null.</param>
internal sealed record ServiceEntry(ServiceInfo Info, string SearchText, AddressedObject? LoadBalancer) : IListedEntry<ServiceInfo>;

internal sealed record IngressEntry(IngressInfo Info, string SearchText, AddressedObject Facts) : IListedEntry<IngressInfo>;

internal sealed record ConfigMapEntry(IReadOnlyDictionary<string, string> Data);

internal static class SearchText
{
    public static string Of(IEnumerable<string?> fields) => string.Join('\n', fields.Where(f => !string.IsNullOrEmpty(f)));

    public static IEnumerable<string?> Of(IEnumerable<LoadBalancerAddress> addresses) =>
        addresses.SelectMany(a => new[] { a.Ip, a.Hostname });
}
