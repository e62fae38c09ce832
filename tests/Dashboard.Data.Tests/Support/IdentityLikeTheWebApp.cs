using Dashboard.Data.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Support;

/// <summary>
/// Identity as Dashboard.Web wires it over this context (AddIdentityCore plus the EF stores, with its
/// password rules); the data project itself never calls AddIdentity.
/// </summary>
internal static class IdentityLikeTheWebApp
{
    public static void AddTo(IServiceCollection services) =>
        services.AddIdentityCore<DashboardUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<DashboardDbContext>();
}
