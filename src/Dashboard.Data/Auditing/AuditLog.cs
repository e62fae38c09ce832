using Dashboard.Core.Auditing;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Auditing;

/// <summary>
/// <see cref="IAuditLog"/> on SQLite: a singleton with one short-lived context per call. The time of an
/// entry is the injected <see cref="TimeProvider"/>'s, never the caller's.
/// </summary>
internal sealed class AuditLog(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time) : IAuditLog
{
    public const int MaxTake = 500;

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Action);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntryEntity
        {
            At = time.GetUtcNow(),
            Actor = AuditLimits.Truncate(auditEvent.Actor, AuditLimits.Actor)!,
            Action = AuditLimits.Truncate(auditEvent.Action, AuditLimits.Action)!,
            Outcome = auditEvent.Outcome,
            Message = AuditLimits.Truncate(auditEvent.Message, AuditLimits.Message),
            ClusterId = auditEvent.ClusterId,
            ClusterName = AuditLimits.Truncate(auditEvent.ClusterName, AuditLimits.ClusterName),
            Namespace = AuditLimits.Truncate(auditEvent.Namespace, AuditLimits.Namespace),
            ObjectName = AuditLimits.Truncate(auditEvent.ObjectName, AuditLimits.ObjectName),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filtered = Filter(db.AuditEntries.AsNoTracking(), query);
        var total = await filtered.CountAsync(cancellationToken);
        var entries = await filtered
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, MaxTake))
            .Select(e => new AuditEntry(
                e.Id, e.At, e.Actor, e.Action, e.Outcome, e.Message, e.ClusterId, e.ClusterName, e.Namespace, e.ObjectName))
            .ToListAsync(cancellationToken);
        return new AuditPage(entries, total);
    }

    private static IQueryable<AuditEntryEntity> Filter(IQueryable<AuditEntryEntity> entries, AuditQuery query)
    {
        // Actor compares case-insensitively through the column's NOCASE collation; Action is exact.
        if (!string.IsNullOrEmpty(query.Actor))
            entries = entries.Where(e => e.Actor == query.Actor);
        if (query.ClusterId is { } clusterId)
            entries = entries.Where(e => e.ClusterId == clusterId);
        if (!string.IsNullOrEmpty(query.Action))
            entries = entries.Where(e => e.Action == query.Action);
        if (query.From is { } from)
            entries = entries.Where(e => e.At >= from);
        if (query.To is { } to)
            entries = entries.Where(e => e.At < to);
        return entries;
    }
}
