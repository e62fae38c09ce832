using System.Security.Claims;
using Dashboard.Core.Security;
using Dashboard.Data.Users;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Security;

/// <summary>
/// Turns a signed-in principal into the <see cref="Actor"/> a service call needs, from the user's row as it is
/// now: a role changed or a user disabled a second ago counts, whatever the session or token still carries.
/// </summary>
public sealed class ActorResolver(UserManager<DashboardUser> users)
{
    /// <exception cref="NotSignedInException">no user, an unknown or disabled one, or one who must change the password first.</exception>
    public async Task<Actor> ResolveAsync(ClaimsPrincipal principal)
    {
        var id = users.GetUserId(principal);
        var user = id is null ? null : await users.FindByIdAsync(id);
        if (user is null || user.IsDisabled)
            throw new NotSignedInException(user is null ? "Sign in first." : $"User '{user.UserName}' is disabled. Ask an admin to enable it.");
        if (user.MustChangePassword)
            throw new PasswordChangeRequiredException(user.UserName!);
        return new Actor(user.Id, user.UserName!, user.Role);
    }
}

/// <summary>The request has no usable user behind it: the API answers 401, the UI goes to the login page.</summary>
public class NotSignedInException(string message) : Exception(message);

/// <summary>The user signed in with a one-time password and must set their own before doing anything else.</summary>
public sealed class PasswordChangeRequiredException(string userName)
    : NotSignedInException($"User '{userName}' must change the one-time password first: sign in at /login and set a new one.");
