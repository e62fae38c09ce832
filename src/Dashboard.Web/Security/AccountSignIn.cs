using Dashboard.Core.Auditing;
using Dashboard.Data.Users;
using Dashboard.Kubernetes.Telemetry;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Security;

/// <param name="RetryAfter">Set when the attempt was refused unchecked: too many failures for this name from this address.</param>
public sealed record SignInOutcome(DashboardUser? User, string? Error, bool MustChangePassword = false, TimeSpan? RetryAfter = null);

/// <summary>
/// Password checks for the login page and <c>POST /api/v1/auth/token</c> alike. Every refusal gives the person the
/// same sentence and costs one password hash, whether the name is unknown, the user disabled or locked, or the
/// password wrong; the audit log keeps the real reason. Failures count per typed name and client address
/// (<see cref="FailedSignIns"/>), so a flood from one address cannot lock a user out elsewhere
/// (docs/decisions/0013-sign-in-throttling.md).
/// </summary>
public sealed class AccountSignIn(
    SignInManager<DashboardUser> signIn, UserManager<DashboardUser> users, IAuditLog audit, IHttpContextAccessor http, TimeProvider clock,
    DashboardMetrics metrics, FailedSignIns failures, FailedSignInAuditBudget auditBudget)
{
    public const string WrongCredentials = "Wrong user name or password.";

    /// <summary>Checks the password without signing in (the token endpoint).</summary>
    public Task<SignInOutcome> VerifyAsync(string userName, string password) => VerifyAsync(userName, password, "password");

    private async Task<SignInOutcome> VerifyAsync(string userName, string password, string method)
    {
        var typed = userName.Trim();
        var client = SignInClient.KeyOf(http.HttpContext);
        if (failures.RetryAfter(typed, client) is { } wait)
        {
            await FailAsync(typed, method, "throttled", $"Refused unchecked: too many failed sign-ins for this name from this address, for {SignInRateLimiting.Seconds(wait)} more seconds");
            return new SignInOutcome(null, SignInRateLimiting.TooManyAttempts(wait), RetryAfter: wait);
        }

        var user = await users.FindByNameAsync(typed);
        if (user is null)
        {
            // The same work as a real check, so the time taken does not tell which names exist.
            users.PasswordHasher.VerifyHashedPassword(UnknownUser, UnknownUserHash.Value, password);
            return await RefuseAsync(typed, client, method, "wrong_credentials", "Unknown user name");
        }
        var passwordRight = await users.CheckPasswordAsync(user, password);
        if (user.IsDisabled)
            return await RefuseAsync(user.UserName!, client, method, "disabled", passwordRight ? "User is disabled (the password was right)" : "User is disabled");
        if (await users.IsLockedOutAsync(user))
            return await RefuseAsync(user.UserName!, client, method, "locked_out", $"User is locked out until {await users.GetLockoutEndDateAsync(user):u}");
        if (!passwordRight)
            return await RefuseAsync(user.UserName!, client, method, "wrong_credentials", "Wrong password");

        failures.Forget(typed, client);
        user.LastLoginAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        await audit.RecordAsync(new AuditEvent(user.UserName!, AuditActions.Login, AuditOutcome.Success, Via()), CancellationToken.None);
        return new SignInOutcome(user, null, user.MustChangePassword);
    }

    /// <summary>A user nobody can sign in as, for the hash an unknown name is checked against.</summary>
    private static readonly DashboardUser UnknownUser = new() { UserName = "unknown" };

    /// <summary>Hashed once with Identity's default settings, the ones every stored hash here was made with.</summary>
    private static readonly Lazy<string> UnknownUserHash = new(() => new PasswordHasher<DashboardUser>().HashPassword(UnknownUser, Guid.NewGuid().ToString("N")));

    /// <summary>The login page: checks, then sets the session cookie.</summary>
    public async Task<SignInOutcome> PasswordSignInAsync(string userName, string password)
    {
        var outcome = await VerifyAsync(userName, password, "form");
        if (outcome.User is not null)
            await signIn.SignInAsync(outcome.User, isPersistent: false);
        return outcome;
    }

    public async Task SignOutAsync()
    {
        var name = http.HttpContext?.User.Identity?.Name;
        await signIn.SignOutAsync();
        if (name is not null)
            await audit.RecordAsync(new AuditEvent(name, AuditActions.Logout, AuditOutcome.Success), CancellationToken.None);
    }

    private async Task<SignInOutcome> RefuseAsync(string attemptedUser, string client, string method, string reason, string why)
    {
        failures.RecordFailure(attemptedUser, client);
        await FailAsync(attemptedUser, method, reason, why);
        return new SignInOutcome(null, WrongCredentials);
    }

    /// <param name="method">How the user signed in (<see cref="DashboardMetrics.SignInFailed"/>).</param>
    /// <param name="reason">A fixed word for the metric; the name typed is never a label.</param>
    /// <param name="why">The real reason, for investigators: the audit log only, never the answer.</param>
    private async Task FailAsync(string attemptedUser, string method, string reason, string why)
    {
        metrics.SignInFailed(method, reason);
        if (!auditBudget.TryTake(SignInClient.AddressOf(http.HttpContext)))
            return;
        // The attempted name, truncated: it is what an investigator needs, and a password typed into it stays short.
        var actor = attemptedUser.Length > 64 ? attemptedUser[..64] + "…" : attemptedUser;
        await audit.RecordAsync(new AuditEvent(actor.Length == 0 ? "(empty)" : actor, AuditActions.LoginFailed, AuditOutcome.Failure, $"{why}, {Via()}"), CancellationToken.None);
    }

    private string Via() => $"from {SignInClient.AddressOf(http.HttpContext)}";
}
