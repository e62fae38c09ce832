using System.Security.Claims;
using Dashboard.Core.Auditing;
using Dashboard.Core.Security;
using Dashboard.Data.Users;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Security;

/// <summary>
/// A user changing its own password. Whoever knew the old one may hold a session or a token made with it, so the
/// change ends every session of the user (this one gets a fresh session) and revokes all its API tokens.
/// </summary>
public sealed class OwnPasswordChange(
    SignInManager<DashboardUser> signIn, UserManager<DashboardUser> users, IUserSessionStore sessions, IApiTokenStore tokens, IAuditLog audit,
    IHttpContextAccessor http)
{
    public const string Consequences = "Changing it signs you out everywhere else and revokes your API tokens.";

    /// <summary>Null on success, else what is wrong.</summary>
    public async Task<string?> ChangeAsync(string current, string next)
    {
        var principal = http.HttpContext!.User;
        var user = await users.GetUserAsync(principal);
        if (user is null)
            return "Your session ended; sign in again.";
        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            var reason = string.Join(" ", result.Errors.Select(e => e.Code == "PasswordMismatch" ? "The current password is wrong." : e.Description));
            await audit.RecordAsync(new AuditEvent(user.UserName!, AuditActions.PasswordChange, AuditOutcome.Failure, reason), CancellationToken.None);
            return reason;
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        var ended = await sessions.EndAllAsync(user.Id, SessionEndReason.PasswordChanged, exceptSessionId: null, CancellationToken.None);
        var revoked = await tokens.RevokeAllAsync(user.Id, CancellationToken.None);
        // A new cookie, and with it a new session: the one this request came with has just ended.
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(new AuditEvent(user.UserName!, AuditActions.PasswordChange, AuditOutcome.Success,
            $"{ended} session{(ended == 1 ? "" : "s")} ended, {revoked} API token{(revoked == 1 ? "" : "s")} revoked"), CancellationToken.None);
        return null;
    }
}
