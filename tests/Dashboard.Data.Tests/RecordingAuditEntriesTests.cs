using Dashboard.Core.Auditing;
using Dashboard.Data.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests;

public sealed class RecordingAuditEntriesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AnEntryIsStoredWithEveryFieldAndTheTimeOfTheLogsClock()
    {
        await using var data = await StartAsync();
        var clusterId = Guid.NewGuid();

        await data.Audit.RecordAsync(new AuditEvent(
            "alice", AuditActions.ServiceCreate, AuditOutcome.Failure, "quota exceeded", clusterId, "prod", "shop", "web"), Ct);

        var entry = (await data.Audit.QueryAsync(new AuditQuery(), Ct)).Entries.ShouldHaveSingleItem();
        entry.ShouldBe(new AuditEntry(
            entry.Id, _clock.GetUtcNow(), "alice", AuditActions.ServiceCreate, AuditOutcome.Failure, "quota exceeded",
            clusterId, "prod", "shop", "web"));
        entry.At.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task AnEntryWithoutTheOptionalFieldsKeepsThemEmpty()
    {
        await using var data = await StartAsync();

        await data.Audit.RecordAsync(new AuditEvent("bob", AuditActions.Logout, AuditOutcome.Success), Ct);

        var entry = (await data.Audit.QueryAsync(new AuditQuery(), Ct)).Entries.ShouldHaveSingleItem();
        entry.Outcome.ShouldBe(AuditOutcome.Success);
        entry.Message.ShouldBeNull();
        entry.ClusterId.ShouldBeNull();
        entry.ClusterName.ShouldBeNull();
        entry.Namespace.ShouldBeNull();
        entry.ObjectName.ShouldBeNull();
    }

    [Fact]
    public async Task AMessageOverTwoThousandCharactersIsCutToTwoThousandEndingInAnEllipsis()
    {
        await using var data = await StartAsync();
        var exactlyTheLimit = new string('a', 2000);
        var overTheLimit = new string('b', 1998) + "cde";
        // An emoji (two UTF-16 units) straddling the cut: it goes whole, never half.
        var surrogateAtTheCut = new string('d', 1998) + "😀" + "tail";

        foreach (var message in new[] { exactlyTheLimit, overTheLimit, surrogateAtTheCut })
            await data.Audit.RecordAsync(new AuditEvent("carol", AuditActions.ClusterEdit, AuditOutcome.Failure, message), Ct);

        var messages = (await data.Audit.QueryAsync(new AuditQuery(), Ct)).Entries.Select(e => e.Message!).Reverse().ToList();
        messages[0].ShouldBe(exactlyTheLimit);
        messages[1].ShouldBe(new string('b', 1998) + "c…");
        messages[2].ShouldBe(new string('d', 1998) + "…");
        messages[1].Length.ShouldBe(2000);
    }

    [Fact]
    public async Task AnOverLongNameOfARefusedRequestIsStillRecordedButBounded()
    {
        await using var data = await StartAsync();

        await data.Audit.RecordAsync(new AuditEvent(
            "dave", AuditActions.ClusterRegister, AuditOutcome.Failure, "name too long", ClusterName: new string('x', 5000)), Ct);

        var entry = (await data.Audit.QueryAsync(new AuditQuery(), Ct)).Entries.ShouldHaveSingleItem();
        entry.ClusterName!.Length.ShouldBe(256);
        entry.ClusterName.ShouldEndWith("…");
    }

    [Theory]
    [InlineData("", AuditActions.Login)]
    [InlineData("  ", AuditActions.Login)]
    [InlineData("erin", "")]
    public async Task AnEntryWithoutAnActorOrActionIsRefused(string actor, string action)
    {
        await using var data = await StartAsync();

        await Should.ThrowAsync<ArgumentException>(
            () => data.Audit.RecordAsync(new AuditEvent(actor, action, AuditOutcome.Success), Ct));

        (await data.Audit.QueryAsync(new AuditQuery(), Ct)).Total.ShouldBe(0);
    }

    private Task<InMemoryDashboardData> StartAsync() =>
        InMemoryDashboardData.StartAsync(Ct, services => services.AddSingleton<TimeProvider>(_clock));
}
