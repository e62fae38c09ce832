using System.Security.Claims;
using Dashboard.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// Ties the session cookie to a session kept on the server: issuing the cookie starts one (its id becomes a claim),
/// signing out ends it, and every request checks it. A copy of the cookie is worth no more than the session.
/// </summary>
public sealed class SessionCookieEvents(IUserSessionStore sessions, SessionValidation validation, IOptions<SecurityOptions> security, TimeProvider clock)
    : CookieAuthenticationEvents
{
    public override async Task SigningIn(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } userId)
            return;
        // A refreshed cookie (after a password change) gets a new session: the old one was ended with the change.
        foreach (var old in identity.FindAll(DashboardClaims.SessionId).ToArray())
            identity.RemoveClaim(old);
        var request = context.HttpContext;
        var client = new SessionClient(request.Connection.RemoteIpAddress?.ToString(), request.Request.Headers.UserAgent.ToString());
        var id = await sessions.StartAsync(userId, client, clock.GetUtcNow() + security.Value.AbsoluteTimeout, request.RequestAborted);
        identity.AddClaim(new Claim(DashboardClaims.SessionId, id));
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        if (context.HttpContext.User.FindFirstValue(DashboardClaims.SessionId) is { } id)
            await sessions.EndAsync(id, SessionEndReason.SignedOut, CancellationToken.None);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null || !await validation.IsValidAsync(context.Principal, touch: true, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
