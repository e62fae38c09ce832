using System.Security.Claims;
using System.Text.Encodings.Web;
using Dashboard.Core.Security;
using Dashboard.Data.Users;
using Dashboard.Kubernetes.Telemetry;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary><c>Authorization: Bearer dbt_…</c> for the HTTP API: a token from the store, of an enabled user.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiTokenStore tokens,
    UserManager<DashboardUser> users,
    DashboardMetrics metrics)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var owner = await tokens.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        var user = owner is null ? null : await users.FindByIdAsync(owner.UserId);
        if (user is null || user.IsDisabled)
        {
            metrics.SignInFailed("api_token", user is null ? "unknown_token" : "disabled");
            return AuthenticateResult.Fail("The token is unknown, expired or revoked, or its user is disabled.");
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id),
            new Claim(ClaimTypes.Name, user.UserName!),
            new Claim(ClaimTypes.Role, user.Role),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Not signed in",
            "Send 'Authorization: Bearer <token>' with a token from POST /api/v1/auth/token or your profile page.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden", "Your role may not do this.");
}
