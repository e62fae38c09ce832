using Dashboard.Core.Security;
using Dashboard.Data.Tests.Support;
using Dashboard.Data.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests;

/// <summary>The web app's <c>AddIdentityCore&lt;DashboardUser&gt;().AddEntityFrameworkStores&lt;DashboardDbContext&gt;()</c> against this context.</summary>
public sealed class IdentityWiringTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UserManagerCreatesAUserWithItsRoleAndFindsItByNameInAnyCase()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct, IdentityLikeTheWebApp.AddTo);
        var createdAt = new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.FromHours(2));
        await using var scope = data.Services.Provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();

        var created = await users.CreateAsync(
            new DashboardUser("Alice") { Role = Roles.Operator, MustChangePassword = true, CreatedAt = createdAt },
            "a long enough passphrase");

        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        await using var fresh = data.Services.Provider.CreateAsyncScope(); // a new context: read back from the database
        var found = (await fresh.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>().FindByNameAsync("alice"))
            .ShouldNotBeNull();
        found.UserName.ShouldBe("Alice");
        found.Role.ShouldBe(Roles.Operator);
        found.MustChangePassword.ShouldBeTrue();
        found.IsDisabled.ShouldBeFalse();
        found.CreatedAt.ShouldBe(createdAt);
        found.LastLoginAt.ShouldBeNull();
    }

    [Fact]
    public void ANewUserIsAViewerUnlessGivenAnotherRole() =>
        new DashboardUser("bob").Role.ShouldBe(Roles.Viewer);

    [Fact]
    public async Task ASecondUserWithTheSameNameInAnotherCaseIsRefused()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct, IdentityLikeTheWebApp.AddTo);
        await using var scope = data.Services.Provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        (await users.CreateAsync(new DashboardUser("carol"))).Succeeded.ShouldBeTrue();

        var duplicate = await users.CreateAsync(new DashboardUser("CAROL"));

        duplicate.Succeeded.ShouldBeFalse();
        duplicate.Errors.ShouldContain(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName));
        await using var db = await data.Services.Contexts.CreateDbContextAsync(Ct);
        (await db.Users.CountAsync(Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task ThePasswordChecksOutAndAWrongOneDoesNot()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct, IdentityLikeTheWebApp.AddTo);
        await using var scope = data.Services.Provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        (await users.CreateAsync(new DashboardUser("dave"), "correct horse battery")).Succeeded.ShouldBeTrue();

        var dave = (await users.FindByNameAsync("dave")).ShouldNotBeNull();

        (await users.CheckPasswordAsync(dave, "correct horse battery")).ShouldBeTrue();
        (await users.CheckPasswordAsync(dave, "Correct horse battery")).ShouldBeFalse();
    }

    [Fact]
    public async Task TheClearPasswordIsNowhereInTheDatabaseFile()
    {
        using var directory = new TemporaryDataDirectory();
        var password = "pw-" + Guid.NewGuid().ToString("N");
        await using (var data = await directory.StartServicesAsync(Ct, IdentityLikeTheWebApp.AddTo))
        {
            await using var scope = data.Provider.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
            (await users.CreateAsync(new DashboardUser("erin-the-admin") { Role = Roles.Admin }, password)).Succeeded.ShouldBeTrue();
        }

        var raw = directory.ReadRawDatabaseText();

        raw.ShouldContain("erin-the-admin"); // the search works: the user row is in the file
        raw.ShouldNotContain(password);
    }

    [Fact]
    public async Task TheDatabaseRefusesARoleThatIsNotOneOfTheThree()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        await using var db = await data.Services.Contexts.CreateDbContextAsync(Ct);
        db.Users.Add(new DashboardUser("mallory") { Role = "root" });

        var error = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));

        error.InnerException!.Message.ShouldContain("CK_AspNetUsers_Role");
    }
}
