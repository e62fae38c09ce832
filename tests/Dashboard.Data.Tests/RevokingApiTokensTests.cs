using Dashboard.Core.Security;
using Dashboard.Data.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests;

public sealed class RevokingApiTokensTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly ManualClock _clock = new();

    [Fact]
    public async Task AUsersListShowsItsNamedTokensNewestFirstAndNeitherLoginTokensNorOtherUsers()
    {
        await using var data = await StartAsync();
        var alice = await SampleUsers.AddAsync(data.Services, "alice");
        var bob = await SampleUsers.AddAsync(data.Services, "bob");
        var older = await IssueAsync(data, alice, "older", ApiTokenKind.Named);
        await IssueAsync(data, alice, "login", ApiTokenKind.Login);
        await IssueAsync(data, bob, "bob's", ApiTokenKind.Named);
        var newer = await IssueAsync(data, alice, "newer", ApiTokenKind.Named);

        var listed = await data.Tokens.ListAsync(alice, Ct);

        listed.ShouldBe([newer.Token, older.Token]);
    }

    [Fact]
    public async Task RevokingATokenOfAnotherUserIsRefusedAndLeavesItWorking()
    {
        await using var data = await StartAsync();
        var alice = await SampleUsers.AddAsync(data.Services, "alice");
        var mallory = await SampleUsers.AddAsync(data.Services, "mallory");
        var alices = await IssueAsync(data, alice, "mine", ApiTokenKind.Named);

        (await data.Tokens.RevokeAsync(mallory, alices.Token.Id, Ct)).ShouldBeFalse();

        (await data.Tokens.ValidateAsync(alices.Secret, Ct)).ShouldNotBeNull();
        (await data.Tokens.RevokeAsync(alice, Guid.NewGuid(), Ct)).ShouldBeFalse(); // and an unknown id
    }

    [Fact]
    public async Task ARevokedTokenStaysListedWithTheDateOfItsFirstRevocation()
    {
        await using var data = await StartAsync();
        var alice = await SampleUsers.AddAsync(data.Services, "alice");
        var issued = await IssueAsync(data, alice, "laptop", ApiTokenKind.Named);
        _clock.Advance(TimeSpan.FromHours(1));
        var revokedAt = _clock.GetUtcNow();

        (await data.Tokens.RevokeAsync(alice, issued.Token.Id, Ct)).ShouldBeTrue();
        _clock.Advance(TimeSpan.FromHours(1));
        (await data.Tokens.RevokeAsync(alice, issued.Token.Id, Ct)).ShouldBeTrue();

        (await data.Tokens.ListAsync(alice, Ct)).ShouldHaveSingleItem().RevokedAt.ShouldBe(revokedAt);
    }

    [Fact]
    public async Task RevokingAllStopsEveryTokenOfTheUserOfBothKindsAndNoOneElses()
    {
        await using var data = await StartAsync();
        var alice = await SampleUsers.AddAsync(data.Services, "alice");
        var bob = await SampleUsers.AddAsync(data.Services, "bob");
        var alices = new[]
        {
            await IssueAsync(data, alice, "named", ApiTokenKind.Named),
            await IssueAsync(data, alice, "login", ApiTokenKind.Login),
            await IssueAsync(data, alice, "already revoked", ApiTokenKind.Named),
        };
        await data.Tokens.RevokeAsync(alice, alices[2].Token.Id, Ct);
        var bobs = await IssueAsync(data, bob, "bob's", ApiTokenKind.Login);

        var revoked = await data.Tokens.RevokeAllAsync(alice, Ct);

        revoked.ShouldBe(2); // the one revoked before is not counted again
        foreach (var token in alices)
            (await data.Tokens.ValidateAsync(token.Secret, Ct)).ShouldBeNull();
        (await data.Tokens.ValidateAsync(bobs.Secret, Ct)).ShouldNotBeNull();
        (await data.Tokens.RevokeAllAsync(alice, Ct)).ShouldBe(0);
    }

    private Task<InMemoryDashboardData> StartAsync() =>
        InMemoryDashboardData.StartAsync(Ct, services => services.AddSingleton<TimeProvider>(_clock));

    /// <summary>Each a second after the last, so "newest first" has something to sort.</summary>
    private async Task<IssuedApiToken> IssueAsync(InMemoryDashboardData data, string userId, string name, ApiTokenKind kind)
    {
        _clock.Advance(TimeSpan.FromSeconds(1));
        return await data.Tokens.IssueAsync(userId, name, kind, null, Ct);
    }
}
