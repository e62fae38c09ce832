using System.Net;
using System.Security.Claims;
using Dashboard.Core.Auditing;
using Dashboard.Core.Security;
using Dashboard.Data.Users;
using Dashboard.Tests.SharedWeb;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Security;

/// <summary>Sessions live on the server: what ends one ends it for every copy of its cookie. Against the real app and SQLite.</summary>
public sealed class ServerSessionTests : IAsyncLifetime
{
    private const string Password = "a-good-long-password";
    private readonly TempDirectory data = new();
    private readonly ManualClock clock = new(DateTimeOffset.UtcNow);
    private DashboardAppFactory app = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        app = new DashboardAppFactory(data.Path, new Dictionary<string, string?> { ["Dashboard:Sandbox:Profiles:0"] = "" })
        {
            ConfigureServices = services => services.AddSingleton<TimeProvider>(clock),
        };
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task ACopiedSessionCookieStopsWorkingWhenItsSessionSignsOut()
    {
        await app.CreateUserAsync("cora", Roles.Operator, Password);
        using var browser = Client();
        using var signIn = await browser.SignInWithFormAsync("cora", Password);
        using var copy = CopyOf(signIn);
        (await copy.GetAsync("/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK, "the copy works while the session is on");

        (await browser.SignOutWithFormAsync()).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var afterSignOut = await copy.GetAsync("/clusters", Cancel);
        afterSignOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterSignOut.Headers.Location!.ToString().ShouldContain("/login");
    }

    [Fact]
    public async Task WhatTheUserDoesInAnOpenTabCountsAsActivity()
    {
        await app.CreateUserAsync("tara", Roles.Viewer, Password);
        using var browser = Client();
        await browser.SignInWithFormAsync("tara", Password);

        clock.Advance(TimeSpan.FromMinutes(20));
        (await browser.PostAsync("/account/activity", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        clock.Advance(TimeSpan.FromMinutes(20));
        (await browser.GetAsync("/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK, "40 minutes after sign-in, 20 after the last click");

        clock.Advance(TimeSpan.FromMinutes(31));
        (await browser.PostAsync("/account/activity", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "idle for 31 minutes");
    }

    [Fact]
    public async Task AnOpenTabsPeriodicRecheckDoesNotKeepAnIdleSessionAlive()
    {
        await app.CreateUserAsync("ivan", Roles.Viewer, Password);
        using var browser = Client();
        using var signIn = await browser.SignInWithFormAsync("ivan", Password);
        var principal = PrincipalOf(signIn);
        principal.FindFirst(DashboardClaims.SessionId).ShouldNotBeNull();
        await using var scope = app.Services.CreateAsyncScope();
        var validation = scope.ServiceProvider.GetRequiredService<SessionValidation>();

        // What a live circuit does every few seconds, compressed: check, never count as use.
        for (var minutes = 0; minutes < 30; minutes += 5)
        {
            (await validation.IsValidAsync(principal, touch: false, Cancel)).ShouldBeTrue($"{minutes} minutes in");
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        (await validation.IsValidAsync(principal, touch: false, Cancel)).ShouldBeFalse("30 minutes of re-checks and no use");
        (await browser.GetAsync("/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the session itself ended");
    }

    [Fact]
    public async Task ChangingThePasswordEndsTheOtherSessionsAndRevokesTheApiTokensButKeepsThisOne()
    {
        await app.CreateUserAsync("paul", Roles.Operator, Password);
        using var here = Client();
        using var elsewhere = Client();
        await here.SignInWithFormAsync("paul", Password);
        await elsewhere.SignInWithFormAsync("paul", Password);
        using var api = await app.ClientForAsync("paul", Password);

        using var change = await here.ChangePasswordWithFormAsync(Password, "a-new-long-password");
        change.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await here.GetAsync("/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK, "the session that changed it goes on");
        (await elsewhere.GetAsync("/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "another browser's session ended");
        (await api.GetAsync("/api/v1/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the API token was revoked");
    }

    [Fact]
    public async Task AnAdminCanSignAUserOutEverywhere()
    {
        await app.CreateUserAsync("vera", Roles.Viewer, Password);
        using var first = Client();
        using var second = Client();
        await first.SignInWithFormAsync("vera", Password);
        await second.SignInWithFormAsync("vera", Password);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
            var admin = await users.FindByNameAsync("admin");
            var vera = await users.FindByNameAsync("vera");
            await scope.ServiceProvider.GetRequiredService<UserAdministration>()
                .SignOutEverywhereAsync(new Actor(admin!.Id, "admin", Roles.Admin), vera!.Id);
            var audit = await scope.ServiceProvider.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.UserSignOutEverywhere), Cancel);
            audit.Entries.ShouldHaveSingleItem().Message.ShouldBe("2 sessions ended");
        }

        (await first.GetAsync("/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await second.GetAsync("/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await first.SignInWithFormAsync("vera", Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "signing in again works");
        (await first.GetAsync("/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SigningOutEverywhereFromTheProfileEndsEveryOneOfTheUsersSessions()
    {
        await app.CreateUserAsync("yann", Roles.Viewer, Password);
        using var laptop = Client();
        using var phone = Client();
        await laptop.SignInWithFormAsync("yann", Password);
        await phone.SignInWithFormAsync("yann", Password);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await phone.AntiforgeryTokenAsync() });
        using var signOut = await phone.PostAsync("/account/logout-everywhere", form, Cancel);

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await phone.GetAsync("/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await laptop.GetAsync("/clusters", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task AViewerMayNotSignOthersOutEverywhere()
    {
        await app.CreateUserAsync("wes", Roles.Operator, Password);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var wes = await users.FindByNameAsync("wes");
        var admin = await users.FindByNameAsync("admin");

        await Should.ThrowAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .SignOutEverywhereAsync(new Actor(wes!.Id, "wes", Roles.Operator), admin!.Id));
    }

    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Another client sending the very cookie the sign-in set, as a thief who copied it would.</summary>
    private HttpClient CopyOf(HttpResponseMessage signIn)
    {
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dashboard.session=", StringComparison.Ordinal)).Split(';')[0];
        var copy = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return copy;
    }

    /// <summary>The principal inside the cookie, as the app reads it (and a circuit keeps it).</summary>
    private ClaimsPrincipal PrincipalOf(HttpResponseMessage signIn)
    {
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dashboard.session=", StringComparison.Ordinal)).Split(';')[0];
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        return options.TicketDataFormat.Unprotect(cookie["dashboard.session=".Length..])!.Principal;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }
}
