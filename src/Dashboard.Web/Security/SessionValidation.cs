using System.Globalization;
using System.Security.Claims;
using Dashboard.Core.Security;
using Dashboard.Data.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// Checked on every cookie request and every few seconds for a live circuit: the server-side session is still on
/// (not signed out, not idle, not past the absolute limit), the user still exists, is enabled and has the security
/// stamp the session was made with.
/// </summary>
public sealed class SessionValidation(
    UserManager<DashboardUser> users, IUserSessionStore sessions, IOptions<IdentityOptions> identity, IOptions<SecurityOptions> security, TimeProvider clock)
{
    /// <param name="touch">Whether this counts as activity: a request does, a circuit's periodic re-check does not.</param>
    public async Task<bool> IsValidAsync(ClaimsPrincipal principal, bool touch, CancellationToken cancellationToken)
    {
        if (principal.FindFirstValue(DashboardClaims.SignedInAt) is not { } signedIn
            || !long.TryParse(signedIn, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > security.Value.AbsoluteTimeout)
            return false;
        if (principal.FindFirstValue(DashboardClaims.SessionId) is not { } sessionId
            || !await sessions.IsActiveAsync(sessionId, security.Value.IdleTimeout, touch, cancellationToken))
            return false;
        var id = users.GetUserId(principal);
        var user = id is null ? null : await users.FindByIdAsync(id);
        if (user is null || user.IsDisabled)
            return false;
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
