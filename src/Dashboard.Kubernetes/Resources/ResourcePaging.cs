using System.Collections.Immutable;
using Dashboard.Kubernetes.Caching;

namespace Dashboard.Kubernetes.Resources;

/// <summary>
/// Filter, count and page a kind's cached entries. They are already sorted by (namespace, name), so a query is
/// one pass that does no sorting and no conversion; a namespace filter stops once past its namespace.
/// </summary>
internal static class ResourcePaging
{
    public const int MaxTake = 500;

    public static ResourcePage<TInfo> Page<TEntry, TInfo>(ImmutableSortedDictionary<ObjectKey, TEntry> entries, ResourceQuery query)
        where TEntry : IListedEntry<TInfo>
    {
        ArgumentNullException.ThrowIfNull(query);
        var skip = Math.Max(0, query.Skip);
        var take = Math.Clamp(query.Take, 1, MaxTake);
        var ns = string.IsNullOrEmpty(query.Namespace) ? null : query.Namespace;
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();

        if (ns is null && search is null)
            return new ResourcePage<TInfo>(entries.Values.Skip(skip).Take(take).Select(e => e.Info).ToArray(), entries.Count);

        var page = new List<TInfo>(Math.Min(take, 64));
        var total = 0;
        foreach (var (key, entry) in entries)
        {
            if (ns is not null)
            {
                var order = string.CompareOrdinal(key.Namespace, ns);
                if (order < 0)
                    continue;
                if (order > 0)
                    break;
            }
            if (search is not null && !entry.SearchText.Contains(search, StringComparison.OrdinalIgnoreCase))
                continue;
            if (total >= skip && page.Count < take)
                page.Add(entry.Info);
            total++;
        }
        return new ResourcePage<TInfo>(page, total);
    }
}
