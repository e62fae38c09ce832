using Dashboard.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tokens;

/// <summary>The listing and revoking side of <see cref="ApiTokenStore"/>.</summary>
internal sealed partial class ApiTokenStore
{
    public async Task<IReadOnlyList<ApiTokenInfo>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        // Revoked and expired named tokens stay listed (with their dates) so the user sees what happened to them.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens
            .Where(t => t.UserId == userId && t.Kind == ApiTokenKind.Named)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => new ApiTokenInfo(t.Id, t.Name, t.Kind, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> RevokeAsync(string userId, Guid tokenId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Matching the owner too: a token id from someone else's list must not revoke their token.
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken);
        if (token is null)
            return false;
        // Revoking twice keeps the first date.
        token.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <returns>How many tokens were revoked by this call (those revoked before are not counted again).</returns>
    public async Task<int> RevokeAllAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens
            .Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
    }
}
