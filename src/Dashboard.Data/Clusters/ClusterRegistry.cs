using Dashboard.Core.Clusters;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Clusters;

/// <summary>
/// <see cref="IClusterRegistry"/> on SQLite. A singleton that opens one short-lived context per call, so
/// it is safe from Blazor circuits, API requests and background work alike. Kubeconfigs are encrypted
/// before they reach EF and decrypted only in <see cref="GetKubeconfigAsync"/>; they are never logged and
/// never put into an exception message.
/// </summary>
internal sealed partial class ClusterRegistry(
    IDbContextFactory<DashboardDbContext> contexts,
    IDataProtectionProvider dataProtection,
    TimeProvider time) : IClusterRegistry
{
    private readonly KubeconfigProtector _protector = new(dataProtection);

    public async Task<IReadOnlyList<ClusterSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The Name column collates NOCASE, so this ORDER BY is case-insensitive.
        return await db.Clusters.OrderBy(c => c.Name)
            .Select(ClusterSummaryProjection.Expression)
            .ToListAsync(cancellationToken);
    }

    public async Task<ClusterPage> PageAsync(ClusterQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip, nameof(query));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Take, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Take, ClusterQuery.MaxTake, nameof(query));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matching = db.Clusters.Matching(query.Search);
        var total = await matching.CountAsync(cancellationToken);
        // Ordered by the NOCASE Name (its unique index), then Id, so a page boundary is the same on every call.
        var items = total <= query.Skip
            ? []
            : await matching.OrderBy(c => c.Name).ThenBy(c => c.Id)
                .Skip(query.Skip).Take(query.Take)
                .Select(ClusterSummaryProjection.Expression)
                .ToListAsync(cancellationToken);
        return new ClusterPage(items, total);
    }

    public async Task<ClusterSummary?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Clusters.Where(c => c.Id == id)
            .Select(ClusterSummaryProjection.Expression)
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<string> GetKubeconfigAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var protectedKubeconfig = await db.Clusters.Where(c => c.Id == id)
            .Select(c => c.ProtectedKubeconfig)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new ClusterNotFoundException(id);
        return _protector.Unprotect(id, protectedKubeconfig);
    }

    public async Task<ClusterSummary?> FindBySandboxProfileAsync(string profile, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Clusters.Where(c => c.SandboxProfile == profile)
            .OrderBy(c => c.CreatedAt)
            .Select(ClusterSummaryProjection.Expression)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> WasSandboxEverRegisteredAsync(string profile, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SandboxRegistrations.AnyAsync(r => r.Profile == profile, cancellationToken);
    }
}
