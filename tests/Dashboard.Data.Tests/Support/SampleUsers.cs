using Dashboard.Core.Security;
using Dashboard.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Support;

/// <summary>
/// Users written straight through the context, for tests about what hangs off a user (tokens). The Identity
/// tests create theirs through UserManager instead; hashing a password there costs ~0.1 s each.
/// </summary>
internal static class SampleUsers
{
    public static async Task<string> AddAsync(DashboardDataServices data, string userName, string role = Roles.Viewer)
    {
        var user = new DashboardUser(userName)
        {
            NormalizedUserName = userName.ToUpperInvariant(),
            Role = role,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await using var db = await data.Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        db.Users.Add(user);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return user.Id;
    }

    public static async Task DisableAsync(DashboardDataServices data, string userId)
    {
        await using var db = await data.Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.IsDisabled, true), TestContext.Current.CancellationToken);
    }

    public static async Task DeleteAsync(DashboardDataServices data, string userId)
    {
        await using var db = await data.Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
    }
}
