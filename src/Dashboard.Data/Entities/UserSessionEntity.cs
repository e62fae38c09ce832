using Dashboard.Core.Security;

namespace Dashboard.Data.Entities;

/// <summary>A sign-in session as stored: the SHA-256 of its id, never the id. Deleting the user deletes its sessions.</summary>
public sealed class UserSessionEntity
{
    /// <summary>SHA-256 of the session id in the cookie, lower-case hex.</summary>
    public required string Hash { get; set; }

    /// <summary>The owner, a row of AspNetUsers.</summary>
    public required string UserId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Written at most once a minute, on requests and on what the user does in an open tab.</summary>
    public DateTimeOffset LastActiveAt { get; set; }

    /// <summary>The absolute end, however active the session is.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public SessionEndReason? EndReason { get; set; }

    public string? Address { get; set; }

    public string? UserAgent { get; set; }
}
