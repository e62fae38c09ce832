using System.Security.Claims;
using Dashboard.Core.Auditing;
using Dashboard.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Security;

/// <summary>A user's own sessions: the profile page's list, and signing out everywhere (this browser included).</summary>
public sealed class OwnSessions(IUserSessionStore sessions, IAuditLog audit, IHttpContextAccessor http)
{
    /// <exception cref="NotSignedInException"/>
    public Task<IReadOnlyList<UserSessionInfo>> ListAsync(Actor actor, CancellationToken cancellationToken) =>
        sessions.ListOpenAsync(actor.UserId, cancellationToken);

    /// <summary>For the sign-out-everywhere form: ends every session of the signed-in user and this cookie.</summary>
    public async Task SignOutEverywhereAsync()
    {
        var context = http.HttpContext!;
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
            return;
        var ended = await sessions.EndAllAsync(userId, SessionEndReason.SignedOutEverywhere, exceptSessionId: null, CancellationToken.None);
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        await audit.RecordAsync(new AuditEvent(context.User.Identity!.Name!, AuditActions.UserSignOutEverywhere, AuditOutcome.Success,
            $"{ended} session{(ended == 1 ? "" : "s")} ended", ObjectName: context.User.Identity.Name), CancellationToken.None);
    }
}
