using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dashboard.Core.Security;
using Dashboard.Data.Users;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Security;

/// <summary>Refusals, one-time passwords, token expiry and revocation, disabled users: against the real app and SQLite.</summary>
public sealed class AccountTests : IAsyncLifetime
{
    private const string Password = "a-good-long-password";
    private readonly TempDirectory data = new();
    private readonly ManualClock clock = new(DateTimeOffset.UtcNow);
    private DashboardAppFactory app = default!;
    private HttpClient anonymous = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        app = new DashboardAppFactory(data.Path, new Dictionary<string, string?> { ["Dashboard:Sandbox:Profiles:0"] = "" })
        {
            ConfigureServices = services => services.AddSingleton<TimeProvider>(clock),
        };
        anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task FiveWrongPasswordsRefuseTheNameFromThatAddressWithAClearMessage()
    {
        await app.CreateUserAsync("lena", Roles.Viewer, Password);
        for (var attempt = 1; attempt <= 5; attempt++)
            (await anonymous.RequestTokenAsync("lena", "not-the-password")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var right = await anonymous.RequestTokenAsync("lena", Password);

        right.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await DetailAsync(right)).ShouldBe("Too many sign-in attempts from your address. Wait 300 seconds and try again.");
    }

    [Fact]
    public async Task AWrongPasswordSaysOnlyThatTheNameOrPasswordIsWrong()
    {
        await app.CreateUserAsync("omar", Roles.Viewer, Password);

        using var response = await anonymous.RequestTokenAsync("omar", "nope-nope-nope");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await DetailAsync(response)).ShouldBe("Wrong user name or password.");
    }

    [Fact]
    public async Task AOneTimePasswordGetsNoTokenAndSignsInOnlyToTheChangePasswordPage()
    {
        await app.CreateUserAsync("newbie", Roles.Operator, Password, mustChangePassword: true);

        using var token = await anonymous.RequestTokenAsync("newbie", Password);
        token.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await DetailAsync(token)).ShouldContain("one-time password");

        using var signIn = await anonymous.SignInWithFormAsync("newbie", Password);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.ToString().ShouldEndWith("account/change-password");
        using var clusters = await anonymous.GetAsync("/clusters", Cancel);
        clusters.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        clusters.Headers.Location!.ToString().ShouldBe(PasswordChangeGate.ChangePasswordPath);
    }

    [Fact]
    public async Task ALoginTokenExpiresAfterItsLifetime()
    {
        await app.CreateUserAsync("tim", Roles.Viewer, Password);
        using var client = await app.ClientForAsync("tim", Password);
        (await client.GetAsync("/api/v1/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromSeconds(1));

        (await client.GetAsync("/api/v1/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ARevokedNamedTokenStopsWorking()
    {
        await app.CreateUserAsync("rita", Roles.Viewer, Password);
        var tokens = app.Services.GetRequiredService<IApiTokenStore>();
        var userId = (await FindAsync("rita")).Id;
        var issued = await tokens.IssueAsync(userId, "ci", ApiTokenKind.Named, null, Cancel);
        using var client = Bearer(issued.Secret);
        (await client.GetAsync("/api/v1/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await tokens.RevokeAsync(userId, issued.Token.Id, Cancel)).ShouldBeTrue();

        (await client.GetAsync("/api/v1/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ADisabledUsersTokensAndSessionsStopAtOnce()
    {
        await app.CreateUserAsync("dora", Roles.Operator, Password);
        using var api = await app.ClientForAsync("dora", Password);
        (await anonymous.SignInWithFormAsync("dora", Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await anonymous.GetAsync("/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var admin = await scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>().FindByNameAsync("admin");
            await scope.ServiceProvider.GetRequiredService<UserAdministration>()
                .SetDisabledAsync(new Actor(admin!.Id, "admin", Roles.Admin), (await FindAsync("dora")).Id, disabled: true);
        }

        (await api.GetAsync("/api/v1/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await anonymous.GetAsync("/clusters", Cancel);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/login");
        (await DetailAsync(await anonymous.RequestTokenAsync("dora", Password))).ShouldBe(AccountSignIn.WrongCredentials, "a disabled user gets the answer any refusal gets");
    }

    [Fact]
    public async Task ASessionEndsAfterHalfAnHourIdleAndAfterTwelveHoursHoweverActive()
    {
        await app.CreateUserAsync("ines", Roles.Viewer, Password);
        await anonymous.SignInWithFormAsync("ines", Password);
        clock.Advance(TimeSpan.FromMinutes(31));
        (await anonymous.GetAsync("/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "idle for 31 minutes");

        await anonymous.SignInWithFormAsync("ines", Password);
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.5); elapsed += TimeSpan.FromMinutes(20))
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            (await anonymous.GetAsync("/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK, $"active, {elapsed} in");
        }
        clock.Advance(TimeSpan.FromMinutes(40));
        var afterLimit = await anonymous.GetAsync("/clusters", Cancel);
        afterLimit.StatusCode.ShouldBe(HttpStatusCode.Redirect, "twelve hours after sign-in");
        afterLimit.Headers.Location!.ToString().ShouldContain("/login");
    }

    private HttpClient Bearer(string secret)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private async Task<DashboardUser> FindAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>().FindByNameAsync(userName))!;
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("detail").GetString() ?? "";

    public async ValueTask DisposeAsync()
    {
        anonymous.Dispose();
        await app.DisposeAsync();
        data.Dispose();
    }
}
