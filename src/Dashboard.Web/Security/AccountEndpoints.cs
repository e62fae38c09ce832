using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Security;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token (binding a form field makes ASP.NET check it).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, AccountSignIn signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/login");
        }).ExcludeFromDescription();

        app.MapPost("/account/logout-everywhere", async ([FromForm] string? returnUrl, OwnSessions sessions) =>
        {
            await sessions.SignOutEverywhereAsync();
            return TypedResults.LocalRedirect("/login");
        }).ExcludeFromDescription();

        // Sent by an open tab when its user does something (wwwroot/session-activity.js): validating the cookie
        // records the activity, so the endpoint itself has nothing to do. It changes nothing a forged request could abuse.
        app.MapPost("/account/activity", () => TypedResults.NoContent()).ExcludeFromDescription();
        return app;
    }
}
