using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Core.Auditing;
using Dashboard.Core.Security;
using Dashboard.Data.Users;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Security;

/// <summary>
/// Sign-in under attack, against the real app: the rate limiter per client address and typed name, failures counted
/// per name and address (so nobody can lock a user out from elsewhere), one answer for every refusal, an admin's
/// reset, and an audit log that a flood cannot grow without bound. Clients differ by their loopback address.
/// </summary>
public sealed partial class SignInThrottlingTests : IAsyncLifetime
{
    private const string Password = "a-good-long-password";
    private const string ClientA = "127.0.0.2";
    private const string ClientB = "127.0.0.3";
    private readonly TempDirectory data = new();
    private readonly ManualClock clock = new(DateTimeOffset.UtcNow);
    private readonly CountingPasswordHasher hasher = new();
    private DashboardAppFactory app = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        app = new DashboardAppFactory(data.Path, new Dictionary<string, string?> { ["Dashboard:Sandbox:Profiles:0"] = "" })
        {
            ConfigureServices = services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddSingleton<IPasswordHasher<DashboardUser>>(hasher);
                TestClientAddress.AddTo(services);
            },
        };
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task AClientOverItsLimitGets429WithRetryAfterAndAnotherClientSignsInAsUsual()
    {
        using var a = TestClientAddress.From(app, ClientA);
        using var b = TestClientAddress.From(app, ClientB);
        for (var attempt = 0; attempt < 30; attempt++)
            (await a.RequestTokenAsync($"sprayed-{attempt}", "guess-guess-guess")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"attempt {attempt + 1}");

        using var over = await a.RequestTokenAsync("sprayed-30", "guess-guess-guess");
        using var other = await b.RequestTokenAsync("admin", DashboardAppFactory.AdminPassword);

        over.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        over.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var seconds = int.Parse(over.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        seconds.ShouldBeInRange(1, 60);
        (await ProblemAsync(over)).Detail.ShouldBe($"Too many sign-in attempts from your address. Wait {seconds} seconds and try again.");
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheSignInFormOverTheLimitAnswers429WithAPageThatSaysHowLongToWait()
    {
        await using var strict = app.WithWebHostBuilder(host => host.UseSetting("Dashboard:Security:SignIn:PermitsPerClient", "3")
            .UseSetting("Dashboard:Security:SignIn:PermitsPerUserName", "3"));
        using var a = TestClientAddress.From(strict, ClientA);
        for (var attempt = 0; attempt < 3; attempt++)
            (await a.SignInWithFormAsync($"typed-{attempt}", "guess-guess-guess")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var over = await a.SignInWithFormAsync("typed-3", "guess-guess-guess");

        over.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var seconds = int.Parse(over.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        seconds.ShouldBeInRange(1, 60);
        var page = await over.Content.ReadAsStringAsync(Cancel);
        ErrorOnPage(page).ShouldBe($"Too many sign-in attempts from your address. Wait {seconds} seconds and try again.");
        page.ShouldContain("Back to sign in");
        page.ShouldContain("<html");
    }

    [Fact]
    public async Task TwentyFailuresForAdminFromOneClientDoNotLockAdminOutFromAnother()
    {
        using var a = TestClientAddress.From(app, ClientA);
        using var b = TestClientAddress.From(app, ClientB);
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 20; attempt++)
            answers.Add((await a.RequestTokenAsync("admin", "not-the-admin-password")).StatusCode);

        using var fromB = await b.RequestTokenAsync("admin", DashboardAppFactory.AdminPassword);
        using var fromA = await a.RequestTokenAsync("admin", DashboardAppFactory.AdminPassword);

        answers.Take(5).ShouldAllBe(status => status == HttpStatusCode.Unauthorized);
        answers.Skip(5).ShouldAllBe(status => status == HttpStatusCode.TooManyRequests);
        fromB.StatusCode.ShouldBe(HttpStatusCode.OK);
        fromA.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "the flooding address stays refused for admin");
    }

    [Fact]
    public async Task FiveFailuresRefuseThatNameFromThatAddressForFiveMinutesUncheckedThenItMayTryAgain()
    {
        await app.CreateUserAsync("lena", Roles.Viewer, Password);
        using var a = TestClientAddress.From(app, ClientA);
        for (var attempt = 0; attempt < 5; attempt++)
            (await a.RequestTokenAsync("lena", "not-the-password")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var hashesBefore = hasher.Verifications;

        using var refused = await a.RequestTokenAsync("LENA ", Password);
        clock.Advance(TimeSpan.FromMinutes(5));
        using var later = await a.RequestTokenAsync("lena", Password);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.GetValues("Retry-After").Single().ShouldBe("300");
        (await ProblemAsync(refused)).Detail.ShouldBe("Too many sign-in attempts from your address. Wait 300 seconds and try again.");
        later.StatusCode.ShouldBe(HttpStatusCode.OK);
        (hasher.Verifications - hashesBefore).ShouldBe(1, "the refused attempt is not checked, the later one is");
    }

    [Fact]
    public async Task AnAdminsResetClearsTheLockoutOfEveryAddressAndIdentitysOwn()
    {
        await app.CreateUserAsync("lena", Roles.Viewer, Password);
        using var a = TestClientAddress.From(app, ClientA);
        for (var attempt = 0; attempt < 5; attempt++)
            await a.RequestTokenAsync("lena", "not-the-password");
        await WithUserAsync("lena", (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1)));
        (await a.RequestTokenAsync("lena", Password)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        OneTimePassword reset;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
            var admin = await users.FindByNameAsync("admin");
            reset = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
                .ResetPasswordAsync(new Actor(admin!.Id, "admin", Roles.Admin), (await users.FindByNameAsync("lena"))!.Id);
        }
        using var afterReset = await a.SignInWithFormAsync("lena", reset.Password);

        reset.User.LockedOutUntil.ShouldBeNull();
        afterReset.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the one-time password signs in, to the change-password page");
        afterReset.Headers.Location!.ToString().ShouldEndWith("account/change-password");
        await WithUserAsync("lena", async (users, user) =>
        {
            (await users.IsLockedOutAsync(user)).ShouldBeFalse();
            (await users.GetAccessFailedCountAsync(user)).ShouldBe(0);
            return IdentityResult.Success;
        });
    }

    [Fact]
    public async Task AnUnknownNameADisabledUserAWrongPasswordAndALockedUserGetTheSameAnswerAndCostOneHashEach()
    {
        await app.CreateUserAsync("dora", Roles.Viewer, Password);
        await app.CreateUserAsync("omar", Roles.Viewer, Password);
        await app.CreateUserAsync("lars", Roles.Viewer, Password);
        await WithUserAsync("dora", (users, user) => { user.IsDisabled = true; return users.UpdateAsync(user); });
        await WithUserAsync("lars", (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1)));
        using var api = TestClientAddress.From(app, ClientA);
        using var form = TestClientAddress.From(app, ClientB);
        (string Name, string Password)[] attempts = [("nobody-by-this-name", Password), ("dora", Password), ("omar", "not-the-password"), ("lars", Password)];

        var apiAnswers = new List<string>();
        var formAnswers = new List<string>();
        var hashes = new List<int>();
        foreach (var (name, password) in attempts)
        {
            var before = hasher.Verifications;
            using var response = await api.RequestTokenAsync(name, password);
            hashes.Add(hasher.Verifications - before);
            var problem = await ProblemAsync(response);
            apiAnswers.Add($"{(int)response.StatusCode} {response.Content.Headers.ContentType} {problem.Type} {problem.Title} {problem.Detail}");
            using var page = await form.SignInWithFormAsync(name, password);
            formAnswers.Add($"{(int)page.StatusCode} {ErrorOnPage(await page.Content.ReadAsStringAsync(Cancel))}");
        }

        apiAnswers.Distinct().ShouldHaveSingleItem().ShouldEndWith($" Not signed in {AccountSignIn.WrongCredentials}");
        apiAnswers[0].ShouldStartWith("401 ");
        formAnswers.Distinct().ShouldHaveSingleItem().ShouldBe($"200 {AccountSignIn.WrongCredentials}");
        hashes.ShouldAllBe(count => count == 1);
        var reasons = (await FailedSignInRowsAsync()).Select(e => e.Message).ToList();
        reasons.ShouldContain("Unknown user name, from 127.0.0.2");
        reasons.ShouldContain("User is disabled (the password was right), from 127.0.0.2");
        reasons.ShouldContain("Wrong password, from 127.0.0.2");
        reasons.ShouldContain(m => m!.StartsWith("User is locked out until ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFloodOfFailedSignInsWritesTenRowsAMinuteAndOneRowThatCountsTheRest()
    {
        using var a = TestClientAddress.From(app, ClientA);
        using var b = TestClientAddress.From(app, ClientB);
        for (var attempt = 0; attempt < 50; attempt++)
            await a.RequestTokenAsync($"flood-{attempt}", "guess-guess-guess");
        await b.RequestTokenAsync("someone", "guess-guess-guess");

        (await FailedSignInRowsAsync()).Count.ShouldBe(11, "ten from A and one from B, before the minute is over");
        clock.Advance(TimeSpan.FromSeconds(61));
        var rows = await Eventually.ReturnsAsync(FailedSignInRowsAsync, r => r.Count > 11);

        rows.Count.ShouldBe(12);
        rows.Count(r => r.Message!.EndsWith("from 127.0.0.2", StringComparison.Ordinal)).ShouldBe(10);
        rows.Count(r => r.Message!.EndsWith("from 127.0.0.3", StringComparison.Ordinal)).ShouldBe(1);
        var summary = rows.Where(r => r.Actor == FailedSignInAuditBudget.SummaryActor).ShouldHaveSingleItem();
        summary.Message.ShouldBe("40 more failed sign-ins from 127.0.0.2 in the last minute", "20 reached the check, 20 the rate limiter refused");
    }

    [Fact]
    public async Task BehindAProxyTheForwardedAddressIsTheClient()
    {
        await using var proxied = app.WithWebHostBuilder(host => host.UseSetting("Dashboard:Security:UseForwardedHeaders", "true"));
        using var a = TestClientAddress.From(proxied, "127.0.0.1");
        a.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.10");
        using var b = TestClientAddress.From(proxied, "127.0.0.1");
        b.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.11");
        for (var attempt = 0; attempt < 6; attempt++)
            await a.RequestTokenAsync("admin", "not-the-admin-password");

        using var fromA = await a.RequestTokenAsync("admin", DashboardAppFactory.AdminPassword);
        using var fromB = await b.RequestTokenAsync("admin", DashboardAppFactory.AdminPassword);

        fromA.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        fromB.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FailedSignInRowsAsync(proxied)).ShouldContain(r => r.Message == "Wrong password, from 192.0.2.10");
    }

    private Task<List<AuditEntry>> FailedSignInRowsAsync() => FailedSignInRowsAsync(app);

    private static async Task<List<AuditEntry>> FailedSignInRowsAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) =>
        [.. (await factory.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.LoginFailed, Take: 500), Cancel)).Entries];

    private async Task WithUserAsync(string userName, Func<UserManager<DashboardUser>, DashboardUser, Task<IdentityResult>> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        (await change(users, (await users.FindByNameAsync(userName))!)).Succeeded.ShouldBeTrue();
    }

    private sealed record Problem(string? Type, string? Title, string? Detail);

    private static async Task<Problem> ProblemAsync(HttpResponseMessage response)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        string? Read(string name) => body.TryGetProperty(name, out var value) ? value.GetString() : null;
        return new Problem(Read("type"), Read("title"), Read("detail"));
    }

    private static string ErrorOnPage(string page) => WebUtility.HtmlDecode(Regex.Replace(LoginError().Match(page).Groups[1].Value, "<[^>]+>", "")).Trim();

    /// <summary>The text of the page's one alert (MudBlazor's markup: an icon, then the message).</summary>
    [GeneratedRegex("class=\"mud-alert-message\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex LoginError();

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }
}
