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
        return app;
    }
}
