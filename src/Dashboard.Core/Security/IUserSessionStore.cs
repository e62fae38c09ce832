namespace Dashboard.Core.Security;

/// <summary>
/// Sign-in sessions kept on the server. The session cookie carries only a session id; whether the session still
/// holds is decided here, so signing out (or a password change, a disable, "sign out everywhere") ends it for a
/// copied cookie and for open tabs alike. Only a hash of the id is stored.
/// </summary>
public interface IUserSessionStore
{
    /// <summary>A new session of the user; the id returned goes into the cookie and is never stored.</summary>
    Task<string> StartAsync(string userId, SessionClient client, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the session is still on: not ended, not past its absolute expiry, and used within
    /// <paramref name="idleTimeout"/>. A session found idle or expired is ended here, with that reason.
    /// <paramref name="touch"/> records this as activity (at most one write a minute).
    /// </summary>
    Task<bool> IsActiveAsync(string sessionId, TimeSpan idleTimeout, bool touch, CancellationToken cancellationToken);

    /// <summary>Records activity (at most one write a minute), unless the session has ended.</summary>
    Task TouchAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Ends one session; ending an ended one keeps its first reason.</summary>
    Task EndAsync(string sessionId, SessionEndReason reason, CancellationToken cancellationToken);

    /// <summary>Ends every open session of the user but <paramref name="exceptSessionId"/>. Returns how many.</summary>
    Task<int> EndAllAsync(string userId, SessionEndReason reason, string? exceptSessionId, CancellationToken cancellationToken);

    /// <summary>The user's open sessions, newest first.</summary>
    Task<IReadOnlyList<UserSessionInfo>> ListOpenAsync(string userId, CancellationToken cancellationToken);
}

/// <summary>Where a session was started from, as the sign-in request showed it (for the user's own list).</summary>
public sealed record SessionClient(string? Address, string? UserAgent);

public sealed record UserSessionInfo(DateTimeOffset StartedAt, DateTimeOffset LastActiveAt, DateTimeOffset ExpiresAt, string? Address, string? UserAgent);

public enum SessionEndReason
{
    SignedOut = 0,
    Idle = 1,
    Expired = 2,
    PasswordChanged = 3,
    PasswordReset = 4,
    RoleChanged = 5,
    Disabled = 6,
    SignedOutEverywhere = 7,
}
