using System.Net;
using System.Net.Http.Headers;
using Dashboard.Core.Security;
using Dashboard.Tests.SharedWeb;
using static Dashboard.Web.Tests.Telemetry.PrometheusText;

namespace Dashboard.Web.Tests.Telemetry;

/// <summary>Refused sign-ins are counted by how they were tried, and nothing anyone typed or holds reaches a label.</summary>
public sealed class SignInFailureMetricsTests(TelemetryTestApp app) : IClassFixture<TelemetryTestApp>
{
    private const string TypedUserName = "typed-user-name-3f9a";
    private const string TypedPassword = "typed-password-7c2e-secret";
    private const string TypedApiToken = "dbt_typed-api-token-5d1b-not-issued";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFailedFormSignInAndABadApiTokenAreCountedByMethodAndTheScrapeHoldsNothingTyped()
    {
        var before = await app.ScrapeTextAsync();
        await app.Factory.CreateUserAsync(TypedUserName, Roles.Viewer, "the-right-password-1234");
        using var anonymous = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var form = await anonymous.SignInWithFormAsync(TypedUserName, TypedPassword);
        using var badToken = new HttpRequestMessage(HttpMethod.Get, "/api/v1/clusters");
        badToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TypedApiToken);
        using var api = await anonymous.SendAsync(badToken, Cancel);
        // Some sign-in also touches the cluster, so its kubeconfig's labels are in the scrape too.
        (await app.Admin.GetAsync($"/api/v1/clusters/{await app.SandboxIdAsync()}/namespaces", Cancel)).EnsureSuccessStatusCode();

        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await form.Content.ReadAsStringAsync(Cancel)).ShouldContain("Wrong user name or password.");
        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var after = await app.ScrapeUntilAsync(s =>
            Failures(s, "form") > Failures(before, "form") && Failures(s, "api_token") > Failures(before, "api_token"));
        Failures(after, "form", "wrong_credentials").ShouldBeGreaterThanOrEqualTo(Failures(before, "form", "wrong_credentials") + 1,
            string.Join('\n', after.Split('\n').Where(l => l.Contains("signin", StringComparison.Ordinal))));
        Failures(after, "api_token", "unknown_token").ShouldBeGreaterThanOrEqualTo(Failures(before, "api_token", "unknown_token") + 1);
        after.ShouldNotContain(TypedUserName);
        after.ShouldNotContain(TypedPassword);
        after.ShouldNotContain(TypedApiToken);
        after.ShouldNotContain(TelemetryTestApp.ScrapeToken);
        after.ShouldNotContain(DashboardAppFactory.AdminPassword);
        after.ShouldNotContain(KubeconfigToken());
    }

    private static double Failures(string scrape, string method, string? reason = null) =>
        reason is null
            ? Sum(scrape, "dashboard_signin_failures_total", ("method", method))
            : Sum(scrape, "dashboard_signin_failures_total", ("method", method), ("reason", reason));

    private string KubeconfigToken()
    {
        var kubeconfig = File.ReadAllText(Path.Combine(app.DataDirectory, "sandbox", "rke-custom.kubeconfig"));
        var token = kubeconfig.Split('\n').Single(l => l.TrimStart().StartsWith("token:", StringComparison.Ordinal)).Split(':', 2)[1].Trim();
        token.Length.ShouldBeGreaterThan(10);
        return token;
    }
}
