using Dashboard.Core.Clusters;
using Dashboard.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests;

public sealed class KubeconfigEncryptionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheKubeconfigCannotBeReadFromTheDatabaseFile()
    {
        using var directory = new TemporaryDataDirectory();
        var (token, keyData) = (SampleClusters.UniqueToken(), SampleClusters.UniqueKeyData());
        var kubeconfig = SampleClusters.Kubeconfig(token, keyData);
        Guid id;
        await using (var data = await directory.StartServicesAsync(Ct))
        {
            id = (await data.Registry.RegisterAsync(SampleClusters.Named("prod", kubeconfig: kubeconfig), Ct)).Id;
            (await data.Registry.GetKubeconfigAsync(id, Ct)).ShouldBe(kubeconfig);
        }

        var raw = directory.ReadRawDatabaseText();

        raw.ShouldContain("prod"); // the search itself works: plain columns are there in the clear
        raw.ShouldNotContain(token);
        raw.ShouldNotContain(keyData);
    }

    [Fact]
    public async Task ClustersAndTheirKubeconfigsSurviveARestart()
    {
        using var directory = new TemporaryDataDirectory();
        var kubeconfig = SampleClusters.Kubeconfig(SampleClusters.UniqueToken(), SampleClusters.UniqueKeyData());
        ClusterSummary registered;
        await using (var before = await directory.StartServicesAsync(Ct))
            registered = await before.Registry.RegisterAsync(SampleClusters.Named("prod", kubeconfig: kubeconfig), Ct);
        SqliteConnection.ClearAllPools(); // as a process exit would: no open handle carries over

        // A new provider is a new Data Protection instance that must load the key ring from disk.
        await using var after = await directory.StartServicesAsync(Ct);

        (await after.Registry.FindAsync(registered.Id, Ct)).ShouldBe(registered);
        (await after.Registry.GetKubeconfigAsync(registered.Id, Ct)).ShouldBe(kubeconfig);
    }

    [Fact]
    public async Task WithoutTheOriginalKeysTheKubeconfigCannotBeReadAndTheErrorSaysWhy()
    {
        using var directory = new TemporaryDataDirectory();
        using var otherKeys = new TemporaryDataDirectory();
        var token = SampleClusters.UniqueToken();
        Guid id;
        await using (var before = await directory.StartServicesAsync(Ct))
            id = (await before.Registry.RegisterAsync(
                SampleClusters.Named("prod", kubeconfig: SampleClusters.Kubeconfig(token, SampleClusters.UniqueKeyData())), Ct)).Id;

        await using var withLostKeys = await DashboardDataServices.StartAsync(directory.ConnectionString, otherKeys.KeysDirectory, Ct);
        var error = await Should.ThrowAsync<InvalidOperationException>(() => withLostKeys.Registry.GetKubeconfigAsync(id, Ct));

        error.Message.ShouldContain("data-protection keys");
        error.Message.ShouldNotContain(token);
    }

    [Fact]
    public async Task TheStoredValueIsCiphertextNotTheKubeconfig()
    {
        using var directory = new TemporaryDataDirectory();
        var kubeconfig = SampleClusters.Kubeconfig(SampleClusters.UniqueToken(), SampleClusters.UniqueKeyData());
        await using var data = await directory.StartServicesAsync(Ct);
        var id = (await data.Registry.RegisterAsync(SampleClusters.Named("prod", kubeconfig: kubeconfig), Ct)).Id;

        await using var db = await data.Contexts.CreateDbContextAsync(Ct);
        var stored = await db.Clusters.Where(c => c.Id == id).Select(c => c.ProtectedKubeconfig).SingleAsync(Ct);

        stored.ShouldNotBe(kubeconfig);
        stored.ShouldNotContain("apiVersion");
    }
}
