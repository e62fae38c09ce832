using Dashboard.Core.Security;
using Dashboard.Data.Users;
using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// First start with no users: creates <c>admin</c> with <c>Dashboard:Admin:Password</c>, or with a random one-time
/// password printed once in the log (the only secret the dashboard ever logs, on purpose: it is how a new
/// installation is entered), which must be changed at first login.
/// </summary>
public sealed class AdminBootstrap(UserManager<DashboardUser> users, IOptions<DashboardOptions> options, TimeProvider clock, ILogger<AdminBootstrap> logger)
{
    public const string AdminUserName = "admin";

    public async Task EnsureAdminAsync()
    {
        if (users.Users.Any())
            return;
        var configured = options.Value.Admin.Password;
        var password = string.IsNullOrEmpty(configured) ? PasswordGenerator.Generate() : configured;
        var admin = new DashboardUser
        {
            UserName = AdminUserName,
            Role = Roles.Admin,
            MustChangePassword = string.IsNullOrEmpty(configured),
            CreatedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
            throw new InvalidOperationException(
                $"Dashboard:Admin:Password was refused: {string.Join(" ", result.Errors.Select(e => e.Description))}");

        if (string.IsNullOrEmpty(configured))
            logger.LogWarning(
                "First start: created user '{User}' with the one-time password {Password} . Sign in with it; you will be asked to choose your own.",
                AdminUserName, password);
        else
            logger.LogInformation("First start: created user '{User}' with the password from Dashboard:Admin:Password", AdminUserName);
    }
}
