namespace Dashboard.Core.Security;

/// <summary>
/// Bearer tokens for the HTTP API: login tokens from <c>POST /api/v1/auth/token</c> and named tokens made on the
/// profile page. Only a hash is stored; the secret is shown once, when issued.
/// </summary>
public interface IApiTokenStore
{
    Task<IssuedApiToken> IssueAsync(string userId, string name, ApiTokenKind kind, DateTimeOffset? expiresAt, CancellationToken cancellationToken);

    /// <summary>The owner of a valid (known, unrevoked, unexpired) token, else null. Records its last use.</summary>
    Task<ApiTokenOwner?> ValidateAsync(string secret, CancellationToken cancellationToken);

    /// <summary>A user's named tokens (login tokens are not listed), newest first.</summary>
    Task<IReadOnlyList<ApiTokenInfo>> ListAsync(string userId, CancellationToken cancellationToken);

    /// <summary>False when the token does not exist or is not this user's.</summary>
    Task<bool> RevokeAsync(string userId, Guid tokenId, CancellationToken cancellationToken);

    /// <summary>Every token of the user (a disabled user's tokens stop working at once). Returns how many.</summary>
    Task<int> RevokeAllAsync(string userId, CancellationToken cancellationToken);
}

public enum ApiTokenKind
{
    /// <summary>From <c>POST /api/v1/auth/token</c>: short-lived, not listed.</summary>
    Login = 0,

    /// <summary>Made by the user on the profile page: named, listed, revocable.</summary>
    Named = 1,
}

public sealed record ApiTokenInfo(
    Guid Id, string Name, ApiTokenKind Kind, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>The secret exists only in this object; it is never stored.</summary>
public sealed record IssuedApiToken(ApiTokenInfo Token, string Secret);

public sealed record ApiTokenOwner(string UserId, Guid TokenId);
