using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Data.Tests.Support;

namespace Dashboard.Data.Tests;

public sealed class RecordingDetectedProvidersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDetectedKindIsStoredBesideTheChosenOneAndAnObservationWithoutOneKeepsIt()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var cluster = await data.Registry.RegisterAsync(SampleClusters.Named("undeclared"), Ct);

        await data.Registry.RecordObservationAsync(
            cluster.Id, new ClusterObservation(ClusterStatus.Reachable, DateTimeOffset.UtcNow, "v1.32.3", 3, DetectedProvider: ProviderKind.AzureAks), Ct);
        await data.Registry.RecordObservationAsync(
            cluster.Id, new ClusterObservation(ClusterStatus.Unreachable, DateTimeOffset.UtcNow, Error: "connection refused"), Ct);
        var stored = (await data.Registry.FindAsync(cluster.Id, Ct)).ShouldNotBeNull();

        stored.Provider.ShouldBe(cluster.Provider);
        stored.DetectedProvider.ShouldBe(ProviderKind.AzureAks);
    }

    [Fact]
    public async Task WithoutAChoiceTheDetectedKindIsShownAndAChoiceWinsOverIt()
    {
        var now = DateTimeOffset.UtcNow;
        var undeclared = new ClusterSummary(Guid.NewGuid(), "a", ProviderKind.Unknown, "https://a", "a", now, now, ClusterStatus.Reachable, now, null, null, null, null, ProviderKind.AmazonEks);
        var declared = undeclared with { Provider = ProviderKind.RkeEc2 };

        undeclared.EffectiveProvider.ShouldBe(ProviderKind.AmazonEks);
        undeclared.ProviderIsDetected.ShouldBeTrue();
        declared.EffectiveProvider.ShouldBe(ProviderKind.RkeEc2);
        declared.ProviderMismatch.ShouldBeTrue();
    }
}
