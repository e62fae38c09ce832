using Dashboard.Core.Security;
using Dashboard.Data.Auditing;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Sessions;

/// <summary>
/// <see cref="IUserSessionStore"/> on SQLite: a singleton with one short-lived context per call. Every replica of
/// the dashboard reads the same table, so a session ended on one is ended on all.
/// </summary>
internal sealed class UserSessionStore(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time) : IUserSessionStore
{
    /// <summary>How stale <see cref="UserSessionEntity.LastActiveAt"/> may get: idle timeouts are minutes long.</summary>
    public static readonly TimeSpan ActivityResolution = TimeSpan.FromMinutes(1);

    /// <summary>Ended sessions are kept this long (the user's list shows open ones only), then deleted.</summary>
    public static readonly TimeSpan EndedRetention = TimeSpan.FromDays(7);

    public async Task<string> StartAsync(string userId, SessionClient client, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = SessionIds.Create();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A user's old sessions go when it signs in again: the table stays as small as the number of users allows.
        var before = now - EndedRetention;
        await db.UserSessions
            .Where(s => s.UserId == userId && ((s.EndedAt != null && s.EndedAt < before) || s.ExpiresAt < before))
            .ExecuteDeleteAsync(cancellationToken);
        db.UserSessions.Add(new UserSessionEntity
        {
            Hash = SessionIds.Hash(id),
            UserId = userId,
            StartedAt = now,
            LastActiveAt = now,
            ExpiresAt = expiresAt,
            Address = AuditLimits.Truncate(client.Address, SessionIds.AddressMaxLength),
            UserAgent = AuditLimits.Truncate(client.UserAgent, SessionIds.UserAgentMaxLength),
        });
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    public async Task<bool> IsActiveAsync(string sessionId, TimeSpan idleTimeout, bool touch, CancellationToken cancellationToken)
    {
        if (!SessionIds.HasTheShapeOfOne(sessionId))
            return false;
        var hash = SessionIds.Hash(sessionId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.UserSessions.Where(s => s.Hash == hash)
            .Select(s => new { s.EndedAt, s.ExpiresAt, s.LastActiveAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (session is null || session.EndedAt is not null)
            return false;
        var now = time.GetUtcNow();
        if (now >= session.ExpiresAt)
            return await EndedAsync(db, hash, SessionEndReason.Expired, now, cancellationToken);
        if (now - session.LastActiveAt >= idleTimeout)
            return await EndedAsync(db, hash, SessionEndReason.Idle, now, cancellationToken);
        if (touch && now - session.LastActiveAt >= ActivityResolution)
            await RecordActivityAsync(db, hash, now, cancellationToken);
        return true;
    }

    public async Task TouchAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (!SessionIds.HasTheShapeOfOne(sessionId))
            return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RecordActivityAsync(db, SessionIds.Hash(sessionId), time.GetUtcNow(), cancellationToken);
    }

    public async Task EndAsync(string sessionId, SessionEndReason reason, CancellationToken cancellationToken)
    {
        if (!SessionIds.HasTheShapeOfOne(sessionId))
            return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EndedAsync(db, SessionIds.Hash(sessionId), reason, time.GetUtcNow(), cancellationToken);
    }

    public async Task<int> EndAllAsync(string userId, SessionEndReason reason, string? exceptSessionId, CancellationToken cancellationToken)
    {
        var keep = exceptSessionId is null ? null : SessionIds.Hash(exceptSessionId);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.UserSessions
            .Where(s => s.UserId == userId && s.EndedAt == null && s.Hash != keep)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason), cancellationToken);
    }

    public async Task<IReadOnlyList<UserSessionInfo>> ListOpenAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.UserSessions
            .Where(s => s.UserId == userId && s.EndedAt == null && s.ExpiresAt > now)
            .OrderByDescending(s => s.StartedAt)
            .Select(s => new UserSessionInfo(s.StartedAt, s.LastActiveAt, s.ExpiresAt, s.Address, s.UserAgent))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Ends the session unless it already ended (the first reason stays); always false, for the callers' return.</summary>
    private static async Task<bool> EndedAsync(DashboardDbContext db, string hash, SessionEndReason reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.UserSessions
            .Where(s => s.Hash == hash && s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason), cancellationToken);
        return false;
    }

    /// <summary>The conditions are repeated in the update so that concurrent requests write once between them.</summary>
    private static Task<int> RecordActivityAsync(DashboardDbContext db, string hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var staleBefore = now - ActivityResolution;
        return db.UserSessions
            .Where(s => s.Hash == hash && s.EndedAt == null && s.LastActiveAt <= staleBefore)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastActiveAt, now), cancellationToken);
    }
}
