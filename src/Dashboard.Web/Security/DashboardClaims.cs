using System.Security.Claims;
using Dashboard.Data.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>Adds the role and the sign-in time to the cookie's principal (the time bounds a session's absolute life).</summary>
public sealed class DashboardClaims(UserManager<DashboardUser> users, IOptions<IdentityOptions> options, TimeProvider clock)
    : UserClaimsPrincipalFactory<DashboardUser>(users, options)
{
    public const string SignedInAt = "dashboard:signed-in-at";
    public const string MustChangePassword = "dashboard:must-change-password";

    /// <summary>The server-side session (<see cref="Dashboard.Core.Security.IUserSessionStore"/>), added when the cookie is issued.</summary>
    public const string SessionId = "dashboard:session";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(DashboardUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role));
        if (user.MustChangePassword)
            identity.AddClaim(new Claim(MustChangePassword, "true"));
        identity.AddClaim(new Claim(SignedInAt, clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return identity;
    }
}
