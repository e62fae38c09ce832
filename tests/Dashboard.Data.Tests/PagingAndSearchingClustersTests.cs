using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Data.Tests.Support;

namespace Dashboard.Data.Tests;

/// <summary>The clusters list's search and paging run in SQL over a registry of a few hundred clusters.</summary>
public sealed class PagingAndSearchingClustersTests : IAsyncLifetime
{
    private const int Registered = 210;

    private InMemoryDashboardData data = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IClusterRegistry Registry => data.Registry;

    public async ValueTask InitializeAsync()
    {
        data = await InMemoryDashboardData.StartAsync(Ct);
        // Names in mixed case, so the order shows the case-insensitive collation; every tenth on another server.
        for (var i = 0; i < Registered; i++)
        {
            var name = i % 2 == 0 ? $"Edge-{i:D3}" : $"edge-{i:D3}";
            var server = i % 10 == 0 ? $"https://api-{i:D3}.example.net:6443" : "https://192.0.2.10:6443";
            await Registry.RegisterAsync(SampleClusters.Named(name, ProviderKind.RkeCustom) with { ServerUrl = server }, Ct);
        }
    }

    [Fact]
    public async Task PagesOfTwentyFiveWalkEveryClusterOnceInNameOrderWithTheTotal()
    {
        var seen = new List<string>();
        for (var skip = 0; skip < Registered; skip += 25)
        {
            var page = await Registry.PageAsync(new ClusterQuery(null, skip, 25), Ct);
            page.Total.ShouldBe(Registered);
            page.Items.Count.ShouldBe(Math.Min(25, Registered - skip));
            seen.AddRange(page.Items.Select(c => c.Name));
        }

        seen.Count.ShouldBe(Registered);
        seen.ShouldBe(seen.Order(StringComparer.OrdinalIgnoreCase).ToList());
        seen.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(Registered);
    }

    [Fact]
    public async Task ASearchMatchesAPartOfTheNameInAnyCaseAndCountsOnlyTheMatches()
    {
        var page = await Registry.PageAsync(new ClusterQuery("EDGE-01", 0, 5), Ct);

        page.Total.ShouldBe(10);
        page.Items.Select(c => c.Name).ShouldBe(["Edge-010", "edge-011", "Edge-012", "edge-013", "Edge-014"]);
    }

    [Fact]
    public async Task ASearchMatchesAPartOfTheServerUrl()
    {
        var page = await Registry.PageAsync(new ClusterQuery("example.net", 0, 100), Ct);

        page.Total.ShouldBe(Registered / 10);
        page.Items.ShouldAllBe(c => c.ServerUrl.Contains("example.net"));
    }

    [Fact]
    public async Task ASearchMatchesTheShownKindsDisplayNameWhetherChosenOrDetected()
    {
        var chosen = await Registry.RegisterAsync(SampleClusters.Named("chosen-eks", ProviderKind.AmazonEks), Ct);
        var detected = await Registry.RegisterAsync(SampleClusters.Named("found-one", ProviderKind.Unknown,
            observation: new ClusterObservation(ClusterStatus.Reachable, DateTimeOffset.UtcNow, DetectedProvider: ProviderKind.AmazonEks)), Ct);
        // Chosen as RKE: the list shows RKE (and that it looks like EKS), so a search for EKS does not find it.
        await Registry.RegisterAsync(SampleClusters.Named("contradicted", ProviderKind.RkeCustom,
            observation: new ClusterObservation(ClusterStatus.Reachable, DateTimeOffset.UtcNow, DetectedProvider: ProviderKind.AmazonEks)), Ct);

        var page = await Registry.PageAsync(new ClusterQuery("amazon eks"), Ct);

        page.Items.Select(c => c.Id).ShouldBe([chosen.Id, detected.Id]);
        page.Total.ShouldBe(2);
        (await Registry.PageAsync(new ClusterQuery("RKE on custom"), Ct)).Total.ShouldBe(Registered + 1);
    }

    [Fact]
    public async Task LikeWildcardsInASearchMatchOnlyThemselves()
    {
        await Registry.RegisterAsync(SampleClusters.Named("team_a"), Ct);
        await Registry.RegisterAsync(SampleClusters.Named("teamxa"), Ct);

        var page = await Registry.PageAsync(new ClusterQuery("m_a"), Ct);

        page.Items.ShouldHaveSingleItem().Name.ShouldBe("team_a");
        (await Registry.PageAsync(new ClusterQuery("%"), Ct)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task APageBeyondTheLastIsEmptyButStillCountsTheMatches()
    {
        var page = await Registry.PageAsync(new ClusterQuery("edge", Registered + 50, 25), Ct);

        page.Items.ShouldBeEmpty();
        page.Total.ShouldBe(Registered);
    }

    [Theory]
    [InlineData(-1, 25)]
    [InlineData(0, 0)]
    [InlineData(0, ClusterQuery.MaxTake + 1)]
    public async Task ANegativeSkipOrATakeOutOfRangeIsRefused(int skip, int take)
    {
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => Registry.PageAsync(new ClusterQuery(null, skip, take), Ct));
    }

    public async ValueTask DisposeAsync() => await data.DisposeAsync();
}
