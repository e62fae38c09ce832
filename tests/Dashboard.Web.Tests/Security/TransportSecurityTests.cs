using System.Net;
using System.Security.Cryptography;
using Dashboard.Core.Security;
using Dashboard.Tests.SharedWeb;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Web.Tests.Security;

/// <summary>The session cookie's Secure flag, HSTS, host filtering and the key ring warning, as the running app sends them.</summary>
public sealed class TransportSecurityTests
{
    private const string Password = "a-good-long-password";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServedOverPlainHttpOnLoopbackTheSessionCookieWorksOverHttp()
    {
        using var data = new TempDirectory();
        await using var app = App(data);
        await app.CreateUserAsync("lou", Roles.Viewer, Password);

        using var signIn = await Client(app).SignInWithFormAsync("lou", Password);

        SessionCookie(signIn).ShouldNotContain("secure", Case.Insensitive);
    }

    [Fact]
    public async Task ServedOnAnyOtherAddressTheSessionCookieIsSecureEvenOverHttp()
    {
        using var data = new TempDirectory();
        // As in a container behind a TLS proxy that sends no forwarded headers: the app sees plain HTTP.
        await using var app = App(data, ("urls", "http://0.0.0.0:8080"));
        await app.CreateUserAsync("max", Roles.Viewer, Password);

        using var signIn = await Client(app).SignInWithFormAsync("max", Password);

        SessionCookie(signIn).ShouldContain("secure", Case.Insensitive);
    }

    [Fact]
    public async Task OverHttpsTheAppSendsHstsAndOverHttpItDoesNot()
    {
        using var data = new TempDirectory();
        await using var app = App(data, ("AllowedHosts", "dashboard.example.test"));

        using var https = await Client(app, "https://dashboard.example.test").GetAsync("/login", Cancel);
        using var http = await Client(app, "http://dashboard.example.test").GetAsync("/login", Cancel);

        https.StatusCode.ShouldBe(HttpStatusCode.OK);
        https.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");
        http.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task ARequestForAnotherHostNameIsRefused()
    {
        using var data = new TempDirectory();
        await using var app = App(data);

        using var ours = await Client(app, "http://localhost").GetAsync("/login", Cancel);
        using var theirs = await Client(app, "http://attacker.example").GetAsync("/login", Cancel);

        ours.StatusCode.ShouldBe(HttpStatusCode.OK);
        theirs.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task WithoutKeyRingProtectionTheAppWarnsAtStartAndNamesTheSettings()
    {
        using var data = new TempDirectory();
        await using var app = App(data);

        using var login = await Client(app).GetAsync("/login", Cancel);

        app.Logs.All.ShouldContain("are stored unencrypted");
        app.Logs.All.ShouldContain("Dashboard:DataProtection:CertificatePath");
        app.Logs.All.ShouldContain("Dashboard:DataProtection:Key");
    }

    [Fact]
    public async Task WithAKeyForTheKeyRingTheAppDoesNotWarn()
    {
        using var data = new TempDirectory();
        await using var app = App(data, ("Dashboard:DataProtection:Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

        using var login = await Client(app).GetAsync("/login", Cancel);

        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Logs.All.ShouldNotContain("are stored unencrypted");
    }

    private static DashboardAppFactory App(TempDirectory data, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["Dashboard:Sandbox:Profiles:0"] = "" };
        foreach (var (key, value) in settings)
            all[key] = value;
        return new DashboardAppFactory(data.Path, all);
    }

    private static HttpClient Client(DashboardAppFactory app, string? baseAddress = null) => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri(baseAddress ?? "http://localhost"),
    });

    private static string SessionCookie(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dashboard.session=", StringComparison.Ordinal));
}
