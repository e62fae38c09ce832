using Dashboard.Core.Auditing;
using Dashboard.Data.Users;
using Dashboard.Kubernetes.Telemetry;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Security;

public sealed record SignInOutcome(DashboardUser? User, string? Error, bool MustChangePassword = false);

/// <summary>
/// Password checks for the login page and <c>POST /api/v1/auth/token</c> alike: lockout after repeated failures,
/// disabled users refused, every attempt audited (never the password).
/// </summary>
public sealed class AccountSignIn(
    SignInManager<DashboardUser> signIn, UserManager<DashboardUser> users, IAuditLog audit, IHttpContextAccessor http, TimeProvider clock,
    DashboardMetrics metrics)
{
    public const string WrongCredentials = "Wrong user name or password.";

    /// <summary>Checks the password without signing in (the token endpoint).</summary>
    public Task<SignInOutcome> VerifyAsync(string userName, string password) => VerifyAsync(userName, password, "password");

    private async Task<SignInOutcome> VerifyAsync(string userName, string password, string method)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
            return await FailAsync(userName, method, "wrong_credentials", WrongCredentials);
        if (user.IsDisabled)
            return await FailAsync(user.UserName!, method, "disabled", $"User '{user.UserName}' is disabled. Ask an admin to enable it.");
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            // Identity keeps lockout on the system clock; measure what is left on the same one.
            var now = TimeProvider.System.GetUtcNow();
            var until = await users.GetLockoutEndDateAsync(user) ?? now;
            var minutes = Math.Max(1, (int)Math.Ceiling((until - now).TotalMinutes));
            return await FailAsync(user.UserName!, method, "locked_out",
                $"Too many failed attempts: '{user.UserName}' is locked for {minutes} more minute{(minutes == 1 ? "" : "s")}. Try again then, or ask an admin to reset the password.");
        }
        if (!result.Succeeded)
        {
            var left = signIn.Options.Lockout.MaxFailedAccessAttempts - await users.GetAccessFailedCountAsync(user);
            return await FailAsync(user.UserName!, method, "wrong_credentials", $"{WrongCredentials} {left} attempt{(left == 1 ? "" : "s")} left before a {signIn.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes:0}-minute lockout.");
        }
        user.LastLoginAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        await audit.RecordAsync(new AuditEvent(user.UserName!, AuditActions.Login, AuditOutcome.Success, Via()), CancellationToken.None);
        return new SignInOutcome(user, null, user.MustChangePassword);
    }

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

    /// <param name="method">How the user signed in (<see cref="DashboardMetrics.SignInFailed"/>).</param>
    /// <param name="reason">A fixed word for the metric; the name typed is never a label.</param>
    private async Task<SignInOutcome> FailAsync(string attemptedUser, string method, string reason, string error)
    {
        metrics.SignInFailed(method, reason);
        // The attempted name, truncated: it is what an investigator needs, and a password typed into it stays short.
        var actor = attemptedUser.Length > 64 ? attemptedUser[..64] + "…" : attemptedUser;
        await audit.RecordAsync(new AuditEvent(actor, AuditActions.LoginFailed, AuditOutcome.Failure, $"{error} {Via()}"), CancellationToken.None);
        return new SignInOutcome(null, error);
    }

    private string Via() => $"from {http.HttpContext?.Connection.RemoteIpAddress}";
}
