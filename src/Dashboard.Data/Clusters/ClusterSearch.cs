using System.Linq.Expressions;
using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Clusters;

/// <summary>
/// The search of the clusters list as SQL: a part of the name or server URL (LIKE, which SQLite compares without
/// case for ASCII), or a part of the shown kind's display name, mapped here to the kinds it names because only the
/// enum value is stored. The shown kind is the chosen one, or the detected one when none was chosen.
/// </summary>
internal static class ClusterSearch
{
    private const char Escape = '\\';

    public static IQueryable<ClusterEntity> Matching(this IQueryable<ClusterEntity> clusters, string? search)
    {
        var trimmed = search?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return clusters;
        var pattern = $"%{EscapeLike(trimmed)}%";
        var kinds = ProviderKinds.All.Where(kind => kind.DisplayName().Contains(trimmed, StringComparison.OrdinalIgnoreCase)).ToList();
        // A server address with '@' may hold a password (stored before those were refused): searching it would reveal it letter by letter.
        Expression<Func<ClusterEntity, bool>> matches = kinds.Count == 0
            ? c => EF.Functions.Like(c.Name, pattern, Escape.ToString()) || (!EF.Functions.Like(c.ServerUrl, "%@%") && EF.Functions.Like(c.ServerUrl, pattern, Escape.ToString()))
            : c => EF.Functions.Like(c.Name, pattern, Escape.ToString()) || (!EF.Functions.Like(c.ServerUrl, "%@%") && EF.Functions.Like(c.ServerUrl, pattern, Escape.ToString()))
                   || (c.Provider != ProviderKind.Unknown && kinds.Contains(c.Provider))
                   || (c.Provider == ProviderKind.Unknown && kinds.Contains(c.DetectedProvider));
        return clusters.Where(matches);
    }

    /// <summary>Names may hold '_' (a LIKE wildcard) and URLs '%': both must match only themselves.</summary>
    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
