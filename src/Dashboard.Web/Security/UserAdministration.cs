using Dashboard.Core.Auditing;
using Dashboard.Data.Users;
using Dashboard.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Security;

/// <summary>A user as the Users page shows it: never a password or hash.</summary>
public sealed record UserSummary(
    string Id, string UserName, string Role, bool IsDisabled, bool MustChangePassword,
    DateTimeOffset CreatedAt, DateTimeOffset? LastLoginAt, DateTimeOffset? LockedOutUntil);

/// <summary>A one-time password, shown once to the admin who made it.</summary>
public sealed record OneTimePassword(UserSummary User, string Password);

/// <summary>The user was refused; the message says why and what to do.</summary>
public sealed class UserChangeRefusedException(string message) : Exception(message);

/// <summary>
/// Users, for admins: create, reset password, change role, disable/enable. Every change checks the actor's role,
/// is audited, and ends the user's sessions and tokens where it takes something away.
/// </summary>
public sealed class UserAdministration(
    UserManager<DashboardUser> users, IApiTokenStore tokens, IUserSessionStore sessions, IAuditLog audit, TimeProvider clock, FailedSignIns failedSignIns)
{
    public Task<IReadOnlyList<UserSummary>> ListAsync(Actor actor)
    {
        actor.Demand(Permission.ManageUsers);
        IReadOnlyList<UserSummary> all = users.Users.AsEnumerable().Select(ToSummary).OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).ToArray();
        return Task.FromResult(all);
    }

    public Task<OneTimePassword> CreateAsync(Actor actor, string userName, string role) =>
        AuditedAsync(actor, AuditActions.UserCreate, userName, async () =>
        {
            actor.Demand(Permission.ManageUsers);
            if (!Roles.IsKnown(role))
                throw new UserChangeRefusedException($"'{role}' is not a role. Choose one of: {string.Join(", ", Roles.All)}.");
            var user = new DashboardUser { UserName = userName.Trim(), Role = role, MustChangePassword = true, CreatedAt = clock.GetUtcNow() };
            var password = PasswordGenerator.Generate();
            Check(await users.CreateAsync(user, password));
            return (new OneTimePassword(ToSummary(user), password), $"Created with role {role}");
        });

    public Task<OneTimePassword> ResetPasswordAsync(Actor actor, string userId) =>
        ChangeAsync(actor, userId, AuditActions.UserPasswordReset, async user =>
        {
            var password = PasswordGenerator.Generate();
            Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, password));
            user.MustChangePassword = true;
            // A reset is how an admin lets a locked-out user back in: Identity's lockout and every address's count go.
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            failedSignIns.ForgetUser(user.UserName!);
            await EndSessionsAsync(user, SessionEndReason.PasswordReset);
            return (new OneTimePassword(ToSummary(user), password), "One-time password set; lockout cleared; sessions and tokens ended");
        });

    public Task<UserSummary> ChangeRoleAsync(Actor actor, string userId, string role) =>
        ChangeAsync(actor, userId, AuditActions.UserRoleChange, async user =>
        {
            if (!Roles.IsKnown(role))
                throw new UserChangeRefusedException($"'{role}' is not a role. Choose one of: {string.Join(", ", Roles.All)}.");
            if (user.Role == Roles.Admin && role != Roles.Admin)
                EnsureAnotherAdmin(user);
            var before = user.Role;
            user.Role = role;
            await EndSessionsAsync(user, SessionEndReason.RoleChanged);
            return (ToSummary(user), $"Role {before} → {role}");
        });

    public Task<UserSummary> SetDisabledAsync(Actor actor, string userId, bool disabled) =>
        ChangeAsync(actor, userId, disabled ? AuditActions.UserDisable : AuditActions.UserEnable, async user =>
        {
            if (disabled && user.Id == actor.UserId)
                throw new UserChangeRefusedException("You cannot disable yourself; ask another admin.");
            if (disabled && user.Role == Roles.Admin)
                EnsureAnotherAdmin(user);
            user.IsDisabled = disabled;
            if (disabled)
                await EndSessionsAsync(user, SessionEndReason.Disabled);
            return (ToSummary(user), disabled ? "Disabled; sessions and tokens ended" : "Enabled");
        });

    /// <summary>Ends every session of the user (its open tabs go to the login page within seconds); its API tokens stay.</summary>
    public Task<UserSummary> SignOutEverywhereAsync(Actor actor, string userId) =>
        ChangeAsync(actor, userId, AuditActions.UserSignOutEverywhere, async user =>
        {
            var ended = await sessions.EndAllAsync(user.Id, SessionEndReason.SignedOutEverywhere, exceptSessionId: null, CancellationToken.None);
            return (ToSummary(user), $"{ended} session{(ended == 1 ? "" : "s")} ended");
        });

    private async Task<T> ChangeAsync<T>(Actor actor, string userId, string action, Func<DashboardUser, Task<(T, string)>> change)
    {
        var user = await users.FindByIdAsync(userId);
        return await AuditedAsync(actor, action, user?.UserName ?? userId, async () =>
        {
            actor.Demand(Permission.ManageUsers);
            if (user is null)
                throw new UserChangeRefusedException("No such user; it may have been deleted. Reload the list.");
            var (result, message) = await change(user);
            Check(await users.UpdateAsync(user));
            return (result, message);
        });
    }

    /// <summary>Ending the sessions ends cookies and live circuits (a new security stamp too, for good measure); revoking ends API tokens.</summary>
    private async Task EndSessionsAsync(DashboardUser user, SessionEndReason reason)
    {
        await sessions.EndAllAsync(user.Id, reason, exceptSessionId: null, CancellationToken.None);
        await users.UpdateSecurityStampAsync(user);
        await tokens.RevokeAllAsync(user.Id, CancellationToken.None);
    }

    private void EnsureAnotherAdmin(DashboardUser user)
    {
        if (!users.Users.Any(u => u.Role == Roles.Admin && !u.IsDisabled && u.Id != user.Id))
            throw new UserChangeRefusedException($"'{user.UserName}' is the last enabled admin; make another user admin first.");
    }

    private async Task<T> AuditedAsync<T>(Actor actor, string action, string target, Func<Task<(T Result, string Message)>> change)
    {
        try
        {
            var (result, message) = await change();
            await audit.RecordAsync(new AuditEvent(actor.UserName, action, AuditOutcome.Success, message, ObjectName: target), CancellationToken.None);
            return result;
        }
        catch (Exception e) when (e is UserChangeRefusedException or ForbiddenException)
        {
            await audit.RecordAsync(new AuditEvent(actor.UserName, action, AuditOutcome.Failure, e.Message, ObjectName: target), CancellationToken.None);
            throw;
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new UserChangeRefusedException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    public static UserSummary ToSummary(DashboardUser user) => new(
        user.Id, user.UserName!, user.Role, user.IsDisabled, user.MustChangePassword, user.CreatedAt, user.LastLoginAt,
        user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? end : null);
}
