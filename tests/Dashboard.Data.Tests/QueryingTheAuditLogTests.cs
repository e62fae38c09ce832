using Dashboard.Core.Auditing;
using Dashboard.Data.Entities;
using Dashboard.Data.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests;

public sealed class QueryingTheAuditLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Guid Prod = Guid.NewGuid();
    private static readonly Guid Staging = Guid.NewGuid();

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task EntriesComeNewestFirstAndEntriesOfTheSameInstantLastRecordedFirst()
    {
        await using var data = await StartWithSampleLogAsync();

        var entries = (await data.Audit.QueryAsync(new AuditQuery(), Ct)).Entries;

        entries.Select(e => e.Message).ShouldBe(["6", "5", "4", "3", "2", "1"]);
        entries.Select(e => e.At).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task TheActorFilterMatchesTheWholeNameInAnyCase()
    {
        await using var data = await StartWithSampleLogAsync();

        var page = await data.Audit.QueryAsync(new AuditQuery(Actor: "ALICE"), Ct);

        page.Entries.Select(e => e.Message).ShouldBe(["5", "3", "1"]);
        page.Total.ShouldBe(3);
        (await data.Audit.QueryAsync(new AuditQuery(Actor: "ali"), Ct)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task TheClusterFilterMatchesEntriesAboutThatCluster()
    {
        await using var data = await StartWithSampleLogAsync();

        (await Messages(data, new AuditQuery(ClusterId: Prod))).ShouldBe(["4", "2", "1"]);
        (await Messages(data, new AuditQuery(ClusterId: Guid.NewGuid()))).ShouldBeEmpty();
    }

    [Fact]
    public async Task TheActionFilterIsExact()
    {
        await using var data = await StartWithSampleLogAsync();

        (await Messages(data, new AuditQuery(Action: AuditActions.ServiceCreate))).ShouldBe(["4", "2"]);
        (await Messages(data, new AuditQuery(Action: "SERVICE.CREATE"))).ShouldBeEmpty();
        (await Messages(data, new AuditQuery(Action: "service"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task FromIsInclusiveAndToIsExclusive()
    {
        await using var data = await StartWithSampleLogAsync();
        var start = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

        // Entries 1..6 were at start + 0, 1, 2, 3, 4, 4 minutes. The bounds are given in another offset on purpose.
        var query = new AuditQuery(From: start.AddMinutes(1).ToOffset(TimeSpan.FromHours(2)), To: start.AddMinutes(3));

        (await Messages(data, query)).ShouldBe(["3", "2"]);
    }

    [Fact]
    public async Task FiltersCombine()
    {
        await using var data = await StartWithSampleLogAsync();

        var page = await data.Audit.QueryAsync(new AuditQuery(Actor: "alice", ClusterId: Prod), Ct);

        page.Entries.Select(e => e.Message).ShouldBe(["1"]);
        page.Total.ShouldBe(1);
    }

    [Fact]
    public async Task APageSkipsAndTakesWhileTheTotalCountsTheWholeFilteredLog()
    {
        await using var data = await StartWithSampleLogAsync();

        var page = await data.Audit.QueryAsync(new AuditQuery(Skip: 2, Take: 3), Ct);
        var past = await data.Audit.QueryAsync(new AuditQuery(Skip: 10), Ct);
        var negativeSkip = await data.Audit.QueryAsync(new AuditQuery(Skip: -5, Take: 1), Ct);

        page.Entries.Select(e => e.Message).ShouldBe(["4", "3", "2"]);
        page.Total.ShouldBe(6);
        past.Entries.ShouldBeEmpty();
        past.Total.ShouldBe(6);
        negativeSkip.Entries.Select(e => e.Message).ShouldBe(["6"]);
    }

    [Fact]
    public async Task TakeIsClampedToBetweenOneAndFiveHundred()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        await using (var db = await data.Services.Contexts.CreateDbContextAsync(Ct))
        {
            db.AuditEntries.AddRange(Enumerable.Range(0, 501).Select(i => new AuditEntryEntity
            {
                At = DateTimeOffset.UnixEpoch.AddSeconds(i), Actor = "bulk", Action = AuditActions.Login,
            }));
            await db.SaveChangesAsync(Ct);
        }

        (await data.Audit.QueryAsync(new AuditQuery(Take: 0), Ct)).Entries.Count.ShouldBe(1);
        (await data.Audit.QueryAsync(new AuditQuery(Take: -3), Ct)).Entries.Count.ShouldBe(1);
        var all = await data.Audit.QueryAsync(new AuditQuery(Take: 10_000), Ct);
        all.Entries.Count.ShouldBe(500);
        all.Total.ShouldBe(501);
    }

    private static async Task<IReadOnlyList<string?>> Messages(InMemoryDashboardData data, AuditQuery query) =>
        (await data.Audit.QueryAsync(query, Ct)).Entries.Select(e => e.Message).ToList();

    /// <summary>Six entries a minute apart, except 5 and 6 at the same instant; each message is its number.</summary>
    private async Task<InMemoryDashboardData> StartWithSampleLogAsync()
    {
        var data = await InMemoryDashboardData.StartAsync(Ct, services => services.AddSingleton<TimeProvider>(_clock));
        AuditEvent[] events =
        [
            new("alice", AuditActions.ClusterRegister, AuditOutcome.Success, "1", Prod, "prod"),
            new("bob", AuditActions.ServiceCreate, AuditOutcome.Success, "2", Prod, "prod", "shop", "web"),
            new("Alice", AuditActions.ClusterEdit, AuditOutcome.Failure, "3", Staging, "staging"),
            new("carol", AuditActions.ServiceCreate, AuditOutcome.Success, "4", Prod, "prod", "shop", "api"),
            new("alice", AuditActions.Logout, AuditOutcome.Success, "5"),
            new("bob", AuditActions.Login, AuditOutcome.Success, "6"),
        ];
        for (var i = 0; i < events.Length; i++)
        {
            if (i is > 0 and < 5)
                _clock.Advance(TimeSpan.FromMinutes(1));
            await data.Audit.RecordAsync(events[i], Ct);
        }
        return data;
    }
}
