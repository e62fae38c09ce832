using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Data.Tests.Support;

namespace Dashboard.Data.Tests;

public sealed class RegisteringClustersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RegisteredClustersAreListedByNameIgnoringCase()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        foreach (var name in new[] { "charlie", "Beta", "alpha" })
            await data.Registry.RegisterAsync(SampleClusters.Named(name), Ct);

        var clusters = await data.Registry.ListAsync(Ct);

        // Ordinal order would put "Beta" first.
        clusters.Select(c => c.Name).ShouldBe(["alpha", "Beta", "charlie"]);
    }

    [Fact]
    public async Task ARegisteredClusterIsFoundByIdWithWhatItWasRegisteredWith()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var registered = await data.Registry.RegisterAsync(SampleClusters.Named("prod-eu-1", ProviderKind.AmazonEks), Ct);

        var found = await data.Registry.FindAsync(registered.Id, Ct);

        found.ShouldNotBeNull();
        found.ShouldBe(registered);
        found.Name.ShouldBe("prod-eu-1");
        found.Provider.ShouldBe(ProviderKind.AmazonEks);
        found.ServerUrl.ShouldBe("https://192.0.2.10:6443");
        found.ContextName.ShouldBe("prod-eu-1-context");
        found.Status.ShouldBe(ClusterStatus.Unknown);
        found.LastSeenAt.ShouldBeNull();
        found.SandboxProfile.ShouldBeNull();
        found.CreatedAt.ShouldBe(found.UpdatedAt);
        found.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
        found.CreatedAt.ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task FindingAnUnknownIdGivesNothing()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);

        (await data.Registry.FindAsync(Guid.NewGuid(), Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task RegisteringADuplicateNameInAnotherCaseIsRefusedAndStoresNothing()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var original = await data.Registry.RegisterAsync(SampleClusters.Named("prod-eu-1"), Ct);
        var originalKubeconfig = await data.Registry.GetKubeconfigAsync(original.Id, Ct);

        var refused = await Should.ThrowAsync<DuplicateClusterNameException>(
            () => data.Registry.RegisterAsync(SampleClusters.Named("PROD-EU-1"), Ct));

        refused.Name.ShouldBe("PROD-EU-1");
        (await data.Registry.ListAsync(Ct)).ShouldHaveSingleItem().ShouldBe(original);
        (await data.Registry.GetKubeconfigAsync(original.Id, Ct)).ShouldBe(originalKubeconfig);
    }

    [Fact]
    public async Task NamesAreStoredTrimmedAndATrimmedTwinIsADuplicate()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);

        var registered = await data.Registry.RegisterAsync(SampleClusters.Named("  staging \t"), Ct);

        registered.Name.ShouldBe("staging");
        await Should.ThrowAsync<DuplicateClusterNameException>(
            () => data.Registry.RegisterAsync(SampleClusters.Named("Staging "), Ct));
    }

    [Fact]
    public async Task AnEmptyNameIsNeverStored()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);

        await Should.ThrowAsync<ArgumentException>(() => data.Registry.RegisterAsync(SampleClusters.Named("   "), Ct));

        (await data.Registry.ListAsync(Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnObservationGivenAtRegistrationIsStoredWithTheCluster()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var seenAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2));
        var observation = new ClusterObservation(ClusterStatus.Reachable, seenAt, "v1.32.1", 3);

        var registered = await data.Registry.RegisterAsync(SampleClusters.Named("demo", observation: observation), Ct);

        var found = (await data.Registry.FindAsync(registered.Id, Ct)).ShouldNotBeNull();
        found.Status.ShouldBe(ClusterStatus.Reachable);
        found.LastSeenAt.ShouldBe(seenAt);
        found.KubernetesVersion.ShouldBe("v1.32.1");
        found.NodeCount.ShouldBe(3);
        found.LastError.ShouldBeNull();
    }
}
