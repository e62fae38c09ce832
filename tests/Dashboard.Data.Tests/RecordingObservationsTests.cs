using Dashboard.Core.Clusters;
using Dashboard.Data.Tests.Support;

namespace Dashboard.Data.Tests;

public sealed class RecordingObservationsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnObservationUpdatesStatusVersionNodeCountErrorAndLastSeen()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var cluster = await data.Registry.RegisterAsync(SampleClusters.Named("prod"), Ct);
        var reachableAt = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var unreachableAt = reachableAt.AddMinutes(5).ToOffset(TimeSpan.FromHours(-5));

        await data.Registry.RecordObservationAsync(
            cluster.Id, new ClusterObservation(ClusterStatus.Reachable, reachableAt, "v1.31.4", 5), Ct);
        var reachable = (await data.Registry.FindAsync(cluster.Id, Ct)).ShouldNotBeNull();
        await data.Registry.RecordObservationAsync(
            cluster.Id, new ClusterObservation(ClusterStatus.Unreachable, unreachableAt, Error: "connection refused"), Ct);
        var unreachable = (await data.Registry.FindAsync(cluster.Id, Ct)).ShouldNotBeNull();

        reachable.Status.ShouldBe(ClusterStatus.Reachable);
        reachable.KubernetesVersion.ShouldBe("v1.31.4");
        reachable.NodeCount.ShouldBe(5);
        reachable.LastError.ShouldBeNull();
        reachable.LastSeenAt.ShouldBe(reachableAt);

        unreachable.Status.ShouldBe(ClusterStatus.Unreachable);
        unreachable.LastError.ShouldBe("connection refused");
        unreachable.KubernetesVersion.ShouldBeNull();
        unreachable.NodeCount.ShouldBeNull();
        unreachable.LastSeenAt.ShouldBe(unreachableAt); // the same instant, read back in UTC
        unreachable.LastSeenAt!.Value.Offset.ShouldBe(TimeSpan.Zero);
        unreachable.UpdatedAt.ShouldBe(cluster.UpdatedAt); // an observation is not an edit
    }

    [Fact]
    public async Task AnObservationOfAnUnknownClusterChangesNothing()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var cluster = await data.Registry.RegisterAsync(SampleClusters.Named("prod"), Ct);

        await data.Registry.RecordObservationAsync(
            Guid.NewGuid(), new ClusterObservation(ClusterStatus.Reachable, DateTimeOffset.UtcNow), Ct);

        (await data.Registry.ListAsync(Ct)).ShouldHaveSingleItem().ShouldBe(cluster);
    }
}
