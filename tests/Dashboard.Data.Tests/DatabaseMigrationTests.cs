using Dashboard.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests;

/// <summary>
/// Since EF 9, Migrate throws when the model has changed without a migration, so migrating a fresh
/// database here is the tripwire for a forgotten <c>dotnet ef migrations add</c>.
/// </summary>
public sealed class DatabaseMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MigratingAnEmptyFileAppliesEveryMigrationAndLeavesNoModelChangesBehind()
    {
        using var directory = new TemporaryDataDirectory();
        await File.WriteAllBytesAsync(directory.DatabaseFile, [], Ct);

        await using var data = await directory.StartServicesAsync(Ct);

        await using var db = await data.Contexts.CreateDbContextAsync(Ct);
        var applied = await db.Database.GetAppliedMigrationsAsync(Ct);
        applied.ShouldContain(m => m.EndsWith("_InitialRegistry"));
        applied.ShouldContain(m => m.EndsWith("_UsersTokensAudit"));
        (await db.Database.GetPendingMigrationsAsync(Ct)).ShouldBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse();
        (await db.Clusters.CountAsync(Ct)).ShouldBe(0);
        (await db.SandboxRegistrations.CountAsync(Ct)).ShouldBe(0);
        (await db.Users.CountAsync(Ct)).ShouldBe(0);
        (await db.ApiTokens.CountAsync(Ct)).ShouldBe(0);
        (await db.AuditEntries.CountAsync(Ct)).ShouldBe(0);
    }

    /// <summary>
    /// Identity builds its part of the model from the IdentityOptions in the container (schema version, key
    /// lengths), which the migrations tool never sees. With Identity wired as the web app wires it, the model
    /// must still be the migrated one, or the app would refuse to start.
    /// </summary>
    [Fact]
    public async Task WithIdentityWiredLikeTheWebAppTheModelIsStillTheMigratedOne()
    {
        using var directory = new TemporaryDataDirectory();

        await using var data = await directory.StartServicesAsync(Ct, IdentityLikeTheWebApp.AddTo);

        await using var db = await data.Contexts.CreateDbContextAsync(Ct);
        db.Database.HasPendingModelChanges().ShouldBeFalse();
    }

    [Fact]
    public async Task MigratingAgainAtTheNextStartChangesNothing()
    {
        using var directory = new TemporaryDataDirectory();
        await using var data = await directory.StartServicesAsync(Ct);
        var cluster = await data.Registry.RegisterAsync(SampleClusters.Named("prod"), Ct);

        await data.Provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(Ct);

        (await data.Registry.ListAsync(Ct)).ShouldHaveSingleItem().ShouldBe(cluster);
    }

    [Fact]
    public async Task TheMigratorCreatesTheMissingDirectoryOfTheDatabaseFile()
    {
        using var directory = new TemporaryDataDirectory();
        var dataDirectory = Path.Combine(directory.Root, "not", "there", "yet");

        await using var data = await DashboardDataServices.StartAsync(
            DataPaths.DefaultConnectionString(dataDirectory), directory.KeysDirectory, Ct);

        File.Exists(Path.Combine(dataDirectory, DataPaths.DatabaseFileName)).ShouldBeTrue();
    }
}
