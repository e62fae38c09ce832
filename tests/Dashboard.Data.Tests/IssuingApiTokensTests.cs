using Dashboard.Core.Security;
using Dashboard.Data.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests;

public sealed class IssuingApiTokensTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnIssuedTokenValidatesAsItsOwner()
    {
        var clock = new ManualClock();
        await using var data = await InMemoryDashboardData.StartAsync(Ct, s => s.AddSingleton<TimeProvider>(clock));
        var alice = await SampleUsers.AddAsync(data.Services, "alice");
        var expiresAt = clock.GetUtcNow().AddDays(30);

        var issued = await data.Tokens.IssueAsync(alice, "  ci pipeline ", ApiTokenKind.Named, expiresAt, Ct);

        (await data.Tokens.ValidateAsync(issued.Secret, Ct)).ShouldBe(new ApiTokenOwner(alice, issued.Token.Id));
        issued.Token.Name.ShouldBe("ci pipeline");
        issued.Token.Kind.ShouldBe(ApiTokenKind.Named);
        issued.Token.CreatedAt.ShouldBe(clock.GetUtcNow());
        issued.Token.ExpiresAt.ShouldBe(expiresAt);
        issued.Token.LastUsedAt.ShouldBeNull();
        issued.Token.RevokedAt.ShouldBeNull();
    }

    [Fact]
    public async Task TheSecretIsTheMarkerAndA256BitBase64UrlValueAndThePrefixIsItsStart()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var alice = await SampleUsers.AddAsync(data.Services, "alice");

        var first = await data.Tokens.IssueAsync(alice, "one", ApiTokenKind.Login, null, Ct);
        var second = await data.Tokens.IssueAsync(alice, "two", ApiTokenKind.Login, null, Ct);

        first.Secret.ShouldMatch("^dbt_[A-Za-z0-9_-]{43}$");
        first.Token.Prefix.ShouldBe(first.Secret[..8]);
        second.Secret.ShouldNotBe(first.Secret);
    }

    [Fact]
    public async Task TheSecretIsNowhereInTheDatabaseFileOnlyItsPrefix()
    {
        using var directory = new TemporaryDataDirectory();
        string secret;
        await using (var data = await directory.StartServicesAsync(Ct))
        {
            var alice = await SampleUsers.AddAsync(data, "alice");
            secret = (await data.Tokens.IssueAsync(alice, "laptop-token", ApiTokenKind.Named, null, Ct)).Secret;
        }

        var raw = directory.ReadRawDatabaseText();

        raw.ShouldContain("laptop-token"); // the search works: the token row is in the file
        raw.ShouldNotContain(secret);
        raw.ShouldNotContain(secret[8..]); // not even the part after the displayed prefix
    }

    [Fact]
    public async Task ATokenForAnUnknownOrDisabledUserIsRefused()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var disabled = await SampleUsers.AddAsync(data.Services, "gone-fishing");
        await SampleUsers.DisableAsync(data.Services, disabled);

        await Should.ThrowAsync<ArgumentException>(
            () => data.Tokens.IssueAsync("no-such-user", "t", ApiTokenKind.Named, null, Ct));
        await Should.ThrowAsync<InvalidOperationException>(
            () => data.Tokens.IssueAsync(disabled, "t", ApiTokenKind.Named, null, Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AnEmptyNameIsRefused(string name)
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var alice = await SampleUsers.AddAsync(data.Services, "alice");

        await Should.ThrowAsync<ArgumentException>(() => data.Tokens.IssueAsync(alice, name, ApiTokenKind.Named, null, Ct));
    }

    [Fact]
    public async Task ANameOfAHundredCharactersIsTakenAndOneMoreIsRefused()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var alice = await SampleUsers.AddAsync(data.Services, "alice");

        (await data.Tokens.IssueAsync(alice, new string('n', 100), ApiTokenKind.Named, null, Ct)).Token.Name.Length.ShouldBe(100);
        await Should.ThrowAsync<ArgumentException>(
            () => data.Tokens.IssueAsync(alice, new string('n', 101), ApiTokenKind.Named, null, Ct));
    }

    [Fact]
    public async Task AnExpiryThatIsNotInTheFutureIsRefused()
    {
        var clock = new ManualClock();
        await using var data = await InMemoryDashboardData.StartAsync(Ct, s => s.AddSingleton<TimeProvider>(clock));
        var alice = await SampleUsers.AddAsync(data.Services, "alice");

        await Should.ThrowAsync<ArgumentOutOfRangeException>(
            () => data.Tokens.IssueAsync(alice, "t", ApiTokenKind.Named, clock.GetUtcNow(), Ct));
    }
}
