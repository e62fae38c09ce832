using System.Security.Claims;
using Bunit;
using Dashboard.Data;
using Dashboard.Data.Users;
using Dashboard.Kubernetes;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Components;

/// <summary>
/// The real service stack for component tests (SQLite registry in a temp directory, Identity, the Kubernetes
/// layer) and a signed-in user of a given role, as the app resolves actors: from the user's row.
/// </summary>
internal static class SignedInServices
{
    public static async Task AddSignedInServicesAsync(this BunitContext context, string dataDirectory, string role, string userName = "tester")
    {
        var services = context.Services;
        services.AddLogging();
        services.AddDashboardData(DataPaths.DefaultConnectionString(dataDirectory), Path.Combine(dataDirectory, "keys"));
        services.AddDashboardKubernetes();
        services.AllowLoopbackClusters();
        services.AddIdentityCore<DashboardUser>(SecurityServiceCollectionExtensions.PasswordAndLockoutRules).AddEntityFrameworkStores<DashboardDbContext>();
        services.AddScoped<ActorResolver>();
        services.AddScoped<CurrentActor>();
        await services.BuildServiceProvider().GetRequiredService<DatabaseMigrator>().MigrateAsync(Xunit.TestContext.Current.CancellationToken);

        await using var scope = services.BuildServiceProvider().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var user = new DashboardUser { UserName = userName, Role = role, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, "a-long-test-password");
        if (!created.Succeeded)
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));

        var authorization = context.AddAuthorization();
        authorization.SetAuthorized(userName);
        authorization.SetRoles(role);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id));
    }
}
