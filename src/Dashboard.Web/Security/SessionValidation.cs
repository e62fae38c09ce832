using System.Globalization;
using System.Security.Claims;
using Dashboard.Data.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// Checked on every cookie request (and every few seconds for a live circuit): the user still exists, is enabled,
/// has the security stamp the session was made with (a reset or role change ends sessions), and the session is
/// younger than the absolute limit.
/// </summary>
public sealed class SessionValidation(UserManager<DashboardUser> users, IOptions<IdentityOptions> identity, IOptions<SecurityOptions> security, TimeProvider clock)
{
    public async Task<bool> IsValidAsync(ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue(DashboardClaims.SignedInAt) is not { } signedIn
            || !long.TryParse(signedIn, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > security.Value.AbsoluteTimeout)
            return false;
        var id = users.GetUserId(principal);
        var user = id is null ? null : await users.FindByIdAsync(id);
        if (user is null || user.IsDisabled)
            return false;
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }

    public static async Task OnValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var validation = context.HttpContext.RequestServices.GetRequiredService<SessionValidation>();
        if (context.Principal is null || !await validation.IsValidAsync(context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
