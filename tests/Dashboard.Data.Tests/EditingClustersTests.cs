using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Data.Tests.Support;

namespace Dashboard.Data.Tests;

public sealed class EditingClustersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EditingChangesTheNameAndTheProvider()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var registered = await data.Registry.RegisterAsync(SampleClusters.Named("old-name", ProviderKind.Unknown), Ct);

        var edited = await data.Registry.UpdateAsync(registered.Id, new ClusterEdit(" new-name ", ProviderKind.MetalLb), Ct);

        edited.Name.ShouldBe("new-name");
        edited.Provider.ShouldBe(ProviderKind.MetalLb);
        edited.CreatedAt.ShouldBe(registered.CreatedAt);
        edited.UpdatedAt.ShouldBeGreaterThanOrEqualTo(registered.UpdatedAt);
        (await data.Registry.FindAsync(registered.Id, Ct)).ShouldBe(edited);
    }

    [Fact]
    public async Task RenamingToANameTakenInAnotherCaseIsRefused()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        await data.Registry.RegisterAsync(SampleClusters.Named("prod"), Ct);
        var other = await data.Registry.RegisterAsync(SampleClusters.Named("staging"), Ct);

        var refused = await Should.ThrowAsync<DuplicateClusterNameException>(
            () => data.Registry.UpdateAsync(other.Id, new ClusterEdit("PROD", ProviderKind.GoogleGke), Ct));

        refused.Name.ShouldBe("PROD");
        (await data.Registry.FindAsync(other.Id, Ct)).ShouldBe(other);
    }

    [Fact]
    public async Task ChangingOnlyTheCaseOfItsOwnNameIsAllowed()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var registered = await data.Registry.RegisterAsync(SampleClusters.Named("prod"), Ct);

        var edited = await data.Registry.UpdateAsync(registered.Id, new ClusterEdit("Prod", registered.Provider), Ct);

        edited.Name.ShouldBe("Prod");
    }

    [Fact]
    public async Task EditingAnUnknownClusterSaysItWasNotFound()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var id = Guid.NewGuid();

        var error = await Should.ThrowAsync<ClusterNotFoundException>(
            () => data.Registry.UpdateAsync(id, new ClusterEdit("any", ProviderKind.Unknown), Ct));

        error.Id.ShouldBe(id);
    }

    [Fact]
    public async Task ReplacingTheKubeconfigChangesTheKubeconfigAndTheServerUrl()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var registered = await data.Registry.RegisterAsync(SampleClusters.Named("sandbox"), Ct);
        var moved = SampleClusters.Kubeconfig(SampleClusters.UniqueToken(), SampleClusters.UniqueKeyData(), "https://127.0.0.1:41234");

        await data.Registry.ReplaceKubeconfigAsync(registered.Id, moved, "https://127.0.0.1:41234", Ct);

        (await data.Registry.GetKubeconfigAsync(registered.Id, Ct)).ShouldBe(moved);
        var found = (await data.Registry.FindAsync(registered.Id, Ct)).ShouldNotBeNull();
        found.ServerUrl.ShouldBe("https://127.0.0.1:41234");
        found.UpdatedAt.ShouldBeGreaterThanOrEqualTo(registered.UpdatedAt);
    }

    [Fact]
    public async Task ReplacingOrReadingTheKubeconfigOfAnUnknownClusterSaysItWasNotFound()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var id = Guid.NewGuid();

        (await Should.ThrowAsync<ClusterNotFoundException>(
            () => data.Registry.ReplaceKubeconfigAsync(id, "apiVersion: v1", "https://192.0.2.1", Ct))).Id.ShouldBe(id);
        (await Should.ThrowAsync<ClusterNotFoundException>(
            () => data.Registry.GetKubeconfigAsync(id, Ct))).Id.ShouldBe(id);
    }
}
