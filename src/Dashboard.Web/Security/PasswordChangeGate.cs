using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Security;

/// <summary>
/// A user signed in with a one-time password sees only the change-password page until they set their own
/// (pages only: stylesheets and scripts still load).
/// (The services refuse their actions too: <see cref="ActorResolver"/>.)
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.User.Identity?.IsAuthenticated == true
            && context.User.Identity.AuthenticationType == IdentityConstants.ApplicationScheme
            && !path.StartsWithSegments(ChangePasswordPath)
            && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null
            && context.User.HasClaim(DashboardClaims.MustChangePassword, "true"))
        {
            context.Response.Redirect(ChangePasswordPath);
            return;
        }
        await next(context);
    }
}
