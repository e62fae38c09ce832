using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Dashboard.Web.Security;

/// <summary>
/// Re-checks a live circuit's session every few seconds: a signed-out, idle or expired session, a disabled user or a
/// reset password turns the circuit anonymous, and the page reloads into the login screen, which ends the circuit.
/// (Actions are checked at once regardless.) The re-check itself is not activity: a tab nobody uses goes idle.
/// </summary>
public sealed class RevalidatingUserStateProvider(ILoggerFactory loggers, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SessionValidation>().IsValidAsync(authenticationState.User, touch: false, cancellationToken);
    }
}
