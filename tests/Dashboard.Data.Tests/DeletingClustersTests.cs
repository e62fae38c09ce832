using Dashboard.Core.Clusters;
using Dashboard.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests;

public sealed class DeletingClustersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeletingAClusterRemovesItsRowAndOverwritesItsSecretInTheFile()
    {
        using var directory = new TemporaryDataDirectory();
        await using var data = await directory.StartServicesAsync(Ct);
        var keep = await data.Registry.RegisterAsync(SampleClusters.Named("keep"), Ct);
        var doomed = await data.Registry.RegisterAsync(SampleClusters.Named("doomed"), Ct);
        var protectedBlob = await ReadProtectedKubeconfigAsync(data, doomed.Id);
        directory.ReadRawDatabaseText().ShouldContain(protectedBlob); // the search would find it if it stayed

        (await data.Registry.DeleteAsync(doomed.Id, Ct)).ShouldBeTrue();

        (await data.Registry.ListAsync(Ct)).ShouldHaveSingleItem().ShouldBe(keep);
        await Should.ThrowAsync<ClusterNotFoundException>(() => data.Registry.GetKubeconfigAsync(doomed.Id, Ct));
        // Without PRAGMA secure_delete (set on every connection by AddDashboardData) SQLite would only unlink
        // the row and the ciphertext would stay readable in a free page of the file. The tail of the blob is
        // its ciphertext and MAC; its head is a header shared by every payload of the same key.
        var raw = directory.ReadRawDatabaseText();
        raw.ShouldNotContain(protectedBlob);
        raw.ShouldNotContain(protectedBlob[^64..]);
    }

    [Fact]
    public async Task DeletingAnUnknownClusterSaysThereWasNothingToDelete()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);

        (await data.Registry.DeleteAsync(Guid.NewGuid(), Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task EveryConnectionOfTheContextHasSecureDeleteOn()
    {
        using var directory = new TemporaryDataDirectory();
        await using var data = await directory.StartServicesAsync(Ct);
        await using var db = await data.Contexts.CreateDbContextAsync(Ct);
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA secure_delete;";

        Convert.ToInt64(await command.ExecuteScalarAsync(Ct)).ShouldBe(1);
    }

    private static async Task<string> ReadProtectedKubeconfigAsync(DashboardDataServices data, Guid id)
    {
        await using var db = await data.Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Clusters.Where(c => c.Id == id).Select(c => c.ProtectedKubeconfig)
            .SingleAsync(TestContext.Current.CancellationToken);
    }
}
