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
    public async Task MigratingAnEmptyFileAppliesTheInitialRegistryAndLeavesNoModelChangesBehind()
    {
        using var directory = new TemporaryDataDirectory();
        await File.WriteAllBytesAsync(directory.DatabaseFile, [], Ct);

        await using var data = await directory.StartServicesAsync(Ct);

        await using var db = await data.Contexts.CreateDbContextAsync(Ct);
        (await db.Database.GetAppliedMigrationsAsync(Ct)).ShouldContain(m => m.EndsWith("_InitialRegistry"));
        (await db.Database.GetPendingMigrationsAsync(Ct)).ShouldBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse();
        (await db.Clusters.CountAsync(Ct)).ShouldBe(0);
        (await db.SandboxRegistrations.CountAsync(Ct)).ShouldBe(0);
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
