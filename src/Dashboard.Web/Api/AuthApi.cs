using Dashboard.Core.Security;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Api;

public sealed record TokenRequest(string Username, string Password);

public sealed record TokenResponse(string Token, string TokenType, DateTimeOffset ExpiresAt);

/// <summary><c>POST /api/v1/auth/token</c>: the only anonymous API call.</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/token", IssueAsync).AllowAnonymous().WithTags("Authentication")
            .WithMetadata(new SignInEndpointAttribute { UserNameField = nameof(TokenRequest.Username) })
            .WithSummary("A bearer token for the other calls, from a user name and password")
            .WithDescription("Every refused sign-in gets the same answer (401). Too many attempts from one address, or for one user name " +
                "from one address, get 429 with Retry-After.");
        return api;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueAsync(
        TokenRequest request, AccountSignIn signIn, IApiTokenStore tokens, IOptions<SecurityOptions> security, TimeProvider clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        var outcome = await signIn.VerifyAsync(request.Username ?? "", request.Password ?? "");
        if (outcome.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = SignInRateLimiting.Seconds(wait).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(outcome.Error, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts");
        }
        if (outcome.User is null)
            return TypedResults.Problem(outcome.Error, statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
        if (outcome.MustChangePassword)
            return TypedResults.Problem(
                "This user has a one-time password: sign in at /login and choose your own first.",
                statusCode: StatusCodes.Status403Forbidden, title: "Password change required");
        var expiresAt = clock.GetUtcNow() + security.Value.LoginTokenLifetime;
        var issued = await tokens.IssueAsync(outcome.User.Id, "login", ApiTokenKind.Login, expiresAt, cancellationToken);
        return TypedResults.Ok(new TokenResponse(issued.Secret, "Bearer", expiresAt));
    }
}
