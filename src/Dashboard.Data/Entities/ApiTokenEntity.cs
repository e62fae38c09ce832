using Dashboard.Core.Security;

namespace Dashboard.Data.Entities;

/// <summary>An API token as stored: its hash, never its secret. Deleting the user deletes its tokens.</summary>
public sealed class ApiTokenEntity
{
    public Guid Id { get; set; }

    /// <summary>The owner, a row of AspNetUsers.</summary>
    public required string UserId { get; set; }

    public required string Name { get; set; }

    public ApiTokenKind Kind { get; set; }

    /// <summary>The first characters of the secret, so the user can tell tokens apart; not enough to guess it.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the secret, lower-case hex. Unique: validation looks the token up by it.</summary>
    public required string Hash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Written at most once a minute, not on every request.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
