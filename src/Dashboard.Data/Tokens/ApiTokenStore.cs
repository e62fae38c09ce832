using Dashboard.Core.Security;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tokens;

/// <summary>
/// <see cref="IApiTokenStore"/> on SQLite: a singleton with one short-lived context per call, like the
/// cluster registry. Secrets leave this class only inside an <see cref="IssuedApiToken"/>; the table holds
/// their SHA-256 and a short display prefix.
/// </summary>
internal sealed partial class ApiTokenStore(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time) : IApiTokenStore
{
    public const int NameMaxLength = 100;

    /// <summary>How stale <see cref="ApiTokenEntity.LastUsedAt"/> may get: a script calling every second costs one write a minute.</summary>
    public static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    /// <exception cref="ArgumentException">an empty or over-long name, or no such user.</exception>
    /// <exception cref="ArgumentOutOfRangeException">an expiry that is not in the future.</exception>
    /// <exception cref="InvalidOperationException">the user is disabled.</exception>
    public async Task<IssuedApiToken> IssueAsync(
        string userId, string name, ApiTokenKind kind, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var trimmedName = RequireName(name);
        var now = time.GetUtcNow();
        if (expiresAt <= now)
            throw new ArgumentOutOfRangeException(nameof(expiresAt), expiresAt, "A token must expire after it is issued.");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var isDisabled = await db.Users.Where(u => u.Id == userId).Select(u => (bool?)u.IsDisabled)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new ArgumentException($"There is no user with the id '{userId}'.", nameof(userId));
        if (isDisabled)
            throw new InvalidOperationException($"The user '{userId}' is disabled and cannot be given a token.");

        var secret = ApiTokenSecret.Create();
        var entity = new ApiTokenEntity
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Name = trimmedName,
            Kind = kind,
            Prefix = ApiTokenSecret.PrefixOf(secret),
            Hash = ApiTokenSecret.Hash(secret),
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        db.ApiTokens.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiToken(ToInfo(entity), secret);
    }

    public async Task<ApiTokenOwner?> ValidateAsync(string secret, CancellationToken cancellationToken)
    {
        if (!ApiTokenSecret.HasTheShapeOfOne(secret))
            return null;

        // The secret is random and only its hash is compared, by an index lookup: no timing leak to guard.
        var hash = ApiTokenSecret.Hash(secret);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (
                from token in db.ApiTokens
                join user in db.Users on token.UserId equals user.Id
                where token.Hash == hash
                select new { token.Id, token.UserId, token.ExpiresAt, token.RevokedAt, token.LastUsedAt, user.IsDisabled })
            .SingleOrDefaultAsync(cancellationToken);

        var now = time.GetUtcNow();
        if (found is null || found.RevokedAt is not null || found.ExpiresAt <= now || found.IsDisabled)
            return null;

        if (found.LastUsedAt is not { } lastUsed || now - lastUsed >= LastUseResolution)
            await RecordUseAsync(db, found.Id, now, cancellationToken);
        return new ApiTokenOwner(found.UserId, found.Id);
    }

    /// <summary>
    /// The condition is repeated in the update so that concurrent requests of one token, which all read the
    /// old value, write it once between them.
    /// </summary>
    private static Task<int> RecordUseAsync(DashboardDbContext db, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var staleBefore = now - LastUseResolution;
        return db.ApiTokens
            .Where(t => t.Id == id && (t.LastUsedAt == null || t.LastUsedAt <= staleBefore))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, now), cancellationToken);
    }

    private static string RequireName(string name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw new ArgumentException("A token needs a non-empty name.", nameof(name));
        if (trimmed.Length > NameMaxLength)
            throw new ArgumentException($"A token name has at most {NameMaxLength} characters.", nameof(name));
        return trimmed;
    }

    private static ApiTokenInfo ToInfo(ApiTokenEntity t) =>
        new(t.Id, t.Name, t.Kind, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt);
}
