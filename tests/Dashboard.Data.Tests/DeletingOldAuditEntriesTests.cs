using Dashboard.Core.Auditing;
using Dashboard.Data.Auditing;
using Dashboard.Data.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Dashboard.Data.Tests;

/// <summary>The audit log's retention: rows older than Dashboard:Audit:Retention go, in batches; newer ones stay.</summary>
public sealed class DeletingOldAuditEntriesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task RowsOlderThanNinetyDaysAreDeletedInBatchesAndNewerOnesKept()
    {
        await using var data = await StartAsync(batchSize: 2);
        for (var i = 0; i < 5; i++)
            await RecordAsync(data, $"old-{i}");
        _clock.Advance(TimeSpan.FromDays(1));
        await RecordAsync(data, "eighty-nine-days-old");
        _clock.Advance(TimeSpan.FromDays(89));
        await RecordAsync(data, "new");
        _clock.Advance(TimeSpan.FromSeconds(1)); // the old rows are now ninety days and a second old

        var deleted = await Retention(data).DeleteExpiredAsync(Ct);

        deleted.ShouldBe(5);
        (await data.Audit.QueryAsync(new AuditQuery(), Ct)).Entries.Select(e => e.Actor).ShouldBe(["new", "eighty-nine-days-old"]);
    }

    [Fact]
    public async Task ARowExactlyAsOldAsTheRetentionIsKept()
    {
        await using var data = await StartAsync(batchSize: 1000);
        await RecordAsync(data, "exactly-ninety-days");
        _clock.Advance(TimeSpan.FromDays(90));

        (await Retention(data).DeleteExpiredAsync(Ct)).ShouldBe(0);
        (await data.Audit.QueryAsync(new AuditQuery(), Ct)).Total.ShouldBe(1);
    }

    [Fact]
    public async Task TheRetentionRunsAsABackgroundServiceOfTheDataLayer()
    {
        await using var data = await StartAsync(batchSize: 1000);

        data.Services.Provider.GetServices<IHostedService>().ShouldContain(service => service is AuditRetention);
        data.Services.Provider.GetRequiredService<IOptions<AuditOptions>>().Value.Retention.ShouldBe(TimeSpan.FromDays(90));
    }

    [Theory]
    [InlineData("00:00:00", 1000, "Dashboard:Audit:Retention must be at least one day, such as '90.00:00:00' (90 days); it is 00:00:00.")]
    [InlineData("90.00:00:00", 0, "Dashboard:Audit:RetentionBatchSize must be a whole number from 1 to 100000, such as 1000; it is 0.")]
    public void AWrongSettingIsRefusedWithASentenceThatNamesIt(string retention, int batchSize, string message)
    {
        var result = new AuditOptionsValidator().Validate(null, new AuditOptions { Retention = TimeSpan.Parse(retention, System.Globalization.CultureInfo.InvariantCulture), RetentionBatchSize = batchSize });

        result.Failed.ShouldBeTrue();
        result.Failures.ShouldHaveSingleItem().ShouldBe(message);
    }

    private static AuditRetention Retention(InMemoryDashboardData data) => data.Services.Provider.GetRequiredService<AuditRetention>();

    private static Task RecordAsync(InMemoryDashboardData data, string actor) =>
        data.Audit.RecordAsync(new AuditEvent(actor, AuditActions.LoginFailed, AuditOutcome.Failure, "Wrong password, from 127.0.0.2"), Ct);

    private Task<InMemoryDashboardData> StartAsync(int batchSize) =>
        InMemoryDashboardData.StartAsync(Ct, services => services
            .AddSingleton<TimeProvider>(_clock)
            .Configure<AuditOptions>(options => options.RetentionBatchSize = batchSize));
}
