using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Dashboard.Web.Security;

/// <summary>
/// Re-checks a live circuit's user every few seconds: a disabled user, a reset password or an expired session
/// turns the circuit anonymous, and the page goes to the login screen. (Actions are checked at once regardless.)
/// </summary>
public sealed class RevalidatingUserStateProvider(ILoggerFactory loggers, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(10);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SessionValidation>().IsValidAsync(authenticationState.User);
    }
}
