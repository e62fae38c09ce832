using Dashboard.Core.Security;
using Dashboard.Data.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests;

public sealed class ValidatingApiTokensTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly ManualClock _clock = new();

    [Fact]
    public async Task AWrongSecretOfTheRightShapeOrAnyOtherStringIsNotValid()
    {
        await using var data = await StartAsync();
        var (_, issued) = await IssueAsync(data, ApiTokenKind.Named);
        var oneCharacterOff = issued.Secret[..^1] + (issued.Secret[^1] == 'A' ? 'B' : 'A');

        (await data.Tokens.ValidateAsync(oneCharacterOff, Ct)).ShouldBeNull();
        (await data.Tokens.ValidateAsync(issued.Secret.ToUpperInvariant(), Ct)).ShouldBeNull();
        (await data.Tokens.ValidateAsync(issued.Secret + "x", Ct)).ShouldBeNull();
        (await data.Tokens.ValidateAsync("", Ct)).ShouldBeNull();
        (await data.Tokens.ValidateAsync(issued.Token.Prefix, Ct)).ShouldBeNull();
        (await data.Tokens.ValidateAsync(issued.Secret, Ct)).ShouldNotBeNull(); // while the real one still works
    }

    [Fact]
    public async Task ARevokedTokenIsNotValid()
    {
        await using var data = await StartAsync();
        var (owner, issued) = await IssueAsync(data, ApiTokenKind.Named);

        (await data.Tokens.RevokeAsync(owner, issued.Token.Id, Ct)).ShouldBeTrue();

        (await data.Tokens.ValidateAsync(issued.Secret, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task ATokenIsValidUntilItsExpiryAndNotFromThen()
    {
        await using var data = await StartAsync();
        var (_, issued) = await IssueAsync(data, ApiTokenKind.Login, expiresIn: TimeSpan.FromHours(8));

        _clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromTicks(1));
        (await data.Tokens.ValidateAsync(issued.Secret, Ct)).ShouldNotBeNull();
        _clock.Advance(TimeSpan.FromTicks(1));
        (await data.Tokens.ValidateAsync(issued.Secret, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task DisablingTheOwnerStopsItsTokensAtOnceWithoutRevokingThem()
    {
        await using var data = await StartAsync();
        var (owner, issued) = await IssueAsync(data, ApiTokenKind.Named);
        (await data.Tokens.ValidateAsync(issued.Secret, Ct)).ShouldNotBeNull();

        await SampleUsers.DisableAsync(data.Services, owner);

        (await data.Tokens.ValidateAsync(issued.Secret, Ct)).ShouldBeNull();
        (await data.Tokens.ListAsync(owner, Ct)).ShouldHaveSingleItem().RevokedAt.ShouldBeNull();
    }

    [Fact]
    public async Task DeletingTheOwnerDeletesItsTokens()
    {
        await using var data = await StartAsync();
        var (owner, issued) = await IssueAsync(data, ApiTokenKind.Named);

        await SampleUsers.DeleteAsync(data.Services, owner);

        (await data.Tokens.ValidateAsync(issued.Secret, Ct)).ShouldBeNull();
        (await data.Tokens.ListAsync(owner, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task TheLastUseIsRecordedOnTheFirstValidationAndThenAtMostOnceAMinute()
    {
        await using var data = await StartAsync();
        var (owner, issued) = await IssueAsync(data, ApiTokenKind.Named);
        var firstUse = _clock.GetUtcNow().AddSeconds(5);

        _clock.Advance(TimeSpan.FromSeconds(5));
        await data.Tokens.ValidateAsync(issued.Secret, Ct);
        var afterFirst = await LastUsedAsync(data, owner, issued);
        _clock.Advance(TimeSpan.FromSeconds(59));
        await data.Tokens.ValidateAsync(issued.Secret, Ct);
        var withinTheMinute = await LastUsedAsync(data, owner, issued);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await data.Tokens.ValidateAsync(issued.Secret, Ct);
        var aMinuteLater = await LastUsedAsync(data, owner, issued);

        afterFirst.ShouldBe(firstUse);
        withinTheMinute.ShouldBe(firstUse);
        aMinuteLater.ShouldBe(firstUse.AddMinutes(1));
    }

    [Fact]
    public async Task AFailedValidationIsNotRecordedAsAUse()
    {
        await using var data = await StartAsync();
        var (owner, issued) = await IssueAsync(data, ApiTokenKind.Named);
        await data.Tokens.RevokeAsync(owner, issued.Token.Id, Ct);

        await data.Tokens.ValidateAsync(issued.Secret, Ct);

        (await LastUsedAsync(data, owner, issued)).ShouldBeNull();
    }

    private Task<InMemoryDashboardData> StartAsync() =>
        InMemoryDashboardData.StartAsync(Ct, services => services.AddSingleton<TimeProvider>(_clock));

    /// <summary>A token of a new user of its own.</summary>
    private async Task<(string Owner, IssuedApiToken Issued)> IssueAsync(
        InMemoryDashboardData data, ApiTokenKind kind, TimeSpan? expiresIn = null)
    {
        var owner = await SampleUsers.AddAsync(data.Services, "user-" + Guid.NewGuid().ToString("N")[..8]);
        return (owner, await data.Tokens.IssueAsync(owner, "token", kind, _clock.GetUtcNow() + expiresIn, Ct));
    }

    private static async Task<DateTimeOffset?> LastUsedAsync(InMemoryDashboardData data, string owner, IssuedApiToken issued) =>
        (await data.Tokens.ListAsync(owner, Ct)).Single(t => t.Id == issued.Token.Id).LastUsedAt;
}
