using Dashboard.Core.Security;
using Dashboard.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests;

public sealed class KeepingSessionsOnTheServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    private static readonly SessionClient Browser = new("127.0.0.1", "Mozilla/5.0 (test)");
    private readonly TemporaryDataDirectory directory = new();
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private DashboardDataServices data = default!;
    private string userId = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IUserSessionStore Sessions => data.Provider.GetRequiredService<IUserSessionStore>();

    public async ValueTask InitializeAsync()
    {
        data = await directory.StartServicesAsync(Ct, services => services.AddSingleton<TimeProvider>(clock));
        userId = await SampleUsers.AddAsync(data, "nora");
    }

    [Fact]
    public async Task OnlyAHashOfTheSessionIdIsStored()
    {
        var id = await Sessions.StartAsync(userId, Browser, clock.GetUtcNow().AddHours(12), Ct);

        await using var db = await data.Contexts.CreateDbContextAsync(Ct);
        var stored = await db.UserSessions.SingleAsync(Ct);
        stored.Hash.ShouldNotBe(id);
        stored.Hash.Length.ShouldBe(64);
        directory.ReadRawDatabaseText().ShouldNotContain(id);
    }

    [Fact]
    public async Task AnEndedSessionStaysEndedWithItsFirstReason()
    {
        var id = await Sessions.StartAsync(userId, Browser, clock.GetUtcNow().AddHours(12), Ct);
        (await Sessions.IsActiveAsync(id, Idle, touch: true, Ct)).ShouldBeTrue();

        await Sessions.EndAsync(id, SessionEndReason.SignedOut, Ct);
        await Sessions.EndAsync(id, SessionEndReason.Disabled, Ct);

        (await Sessions.IsActiveAsync(id, Idle, touch: true, Ct)).ShouldBeFalse();
        await using var db = await data.Contexts.CreateDbContextAsync(Ct);
        (await db.UserSessions.SingleAsync(Ct)).EndReason.ShouldBe(SessionEndReason.SignedOut);
    }

    [Fact]
    public async Task ASessionUnusedForTheIdleTimeoutEndsAndAChecklessReadDoesNotKeepItAlive()
    {
        var id = await Sessions.StartAsync(userId, Browser, clock.GetUtcNow().AddHours(12), Ct);
        clock.Advance(TimeSpan.FromMinutes(20));
        // What a live tab's periodic re-check does: look, without counting as use.
        (await Sessions.IsActiveAsync(id, Idle, touch: false, Ct)).ShouldBeTrue();
        clock.Advance(TimeSpan.FromMinutes(11));

        (await Sessions.IsActiveAsync(id, Idle, touch: false, Ct)).ShouldBeFalse();
        await using var db = await data.Contexts.CreateDbContextAsync(Ct);
        (await db.UserSessions.SingleAsync(Ct)).EndReason.ShouldBe(SessionEndReason.Idle);
    }

    [Fact]
    public async Task ActivityKeepsASessionAliveUntilItsAbsoluteEnd()
    {
        var id = await Sessions.StartAsync(userId, Browser, clock.GetUtcNow().AddHours(1), Ct);
        clock.Advance(TimeSpan.FromMinutes(25));
        await Sessions.TouchAsync(id, Ct);
        clock.Advance(TimeSpan.FromMinutes(25));
        (await Sessions.IsActiveAsync(id, Idle, touch: true, Ct)).ShouldBeTrue("used 25 minutes ago");
        clock.Advance(TimeSpan.FromMinutes(11));

        (await Sessions.IsActiveAsync(id, Idle, touch: true, Ct)).ShouldBeFalse("an hour and a minute after it started");
        await using var db = await data.Contexts.CreateDbContextAsync(Ct);
        (await db.UserSessions.SingleAsync(Ct)).EndReason.ShouldBe(SessionEndReason.Expired);
    }

    [Fact]
    public async Task EndingAllOfAUsersSessionsCanKeepOneAndLeavesOtherUsersAlone()
    {
        var kept = await Sessions.StartAsync(userId, Browser, clock.GetUtcNow().AddHours(12), Ct);
        var other = await Sessions.StartAsync(userId, Browser, clock.GetUtcNow().AddHours(12), Ct);
        var someoneElse = await Sessions.StartAsync(await SampleUsers.AddAsync(data, "omar"), Browser, clock.GetUtcNow().AddHours(12), Ct);

        (await Sessions.EndAllAsync(userId, SessionEndReason.PasswordChanged, kept, Ct)).ShouldBe(1);

        (await Sessions.IsActiveAsync(kept, Idle, touch: false, Ct)).ShouldBeTrue();
        (await Sessions.IsActiveAsync(other, Idle, touch: false, Ct)).ShouldBeFalse();
        (await Sessions.IsActiveAsync(someoneElse, Idle, touch: false, Ct)).ShouldBeTrue();
        (await Sessions.ListOpenAsync(userId, Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task AnUnknownOrMalformedSessionIdIsNotActive()
    {
        (await Sessions.IsActiveAsync("not-a-session", Idle, touch: true, Ct)).ShouldBeFalse();
        (await Sessions.IsActiveAsync(new string('x', 10_000), Idle, touch: true, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task AUsersLongEndedSessionsAreDeletedWhenItSignsInAgain()
    {
        var old = await Sessions.StartAsync(userId, Browser, clock.GetUtcNow().AddHours(12), Ct);
        await Sessions.EndAsync(old, SessionEndReason.SignedOut, Ct);
        clock.Advance(TimeSpan.FromDays(8));

        await Sessions.StartAsync(userId, Browser, clock.GetUtcNow().AddHours(12), Ct);

        await using var db = await data.Contexts.CreateDbContextAsync(Ct);
        (await db.UserSessions.CountAsync(Ct)).ShouldBe(1);
    }

    public async ValueTask DisposeAsync()
    {
        await data.DisposeAsync();
        directory.Dispose();
    }
}
