using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Tests.Serving;
using Dashboard.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Networks;

/// <summary>
/// Registration through the HTTP API of the running app: plain http:// and skip-TLS need the admin's acceptance, a
/// server address never carries a password, and what viewers see of a failure is our own sentence.
/// </summary>
public class InsecureConnectionApiTests(ApiTestApp app) : IClassFixture<ApiTestApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString()!;

    [Fact]
    public async Task APlainHttpServerIsRefusedUntilTheAdminAcceptsIt()
    {
        await using var proxy = RefusingProxy.Start(app.OtherCluster, "nothing-refused");
        var kubeconfig = proxy.Kubeconfig(app.OtherCluster);

        using var refused = await app.RegisterAsync(new { name = "plain-http", kubeconfig });
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var detail = await DetailAsync(refused);
        detail.ShouldContain("uses plain http://");
        detail.ShouldContain("\"acceptInsecureConnection\": true");

        using var accepted = await app.RegisterAsync(new { name = "plain-http", kubeconfig, acceptInsecureConnection = true });
        accepted.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task SkippingTheCertificateCheckIsRefusedUntilTheAdminAcceptsIt()
    {
        var kubeconfig = app.OtherKubeconfig().Replace("    server:", "    insecure-skip-tls-verify: true\n    server:", StringComparison.Ordinal);

        using var refused = await app.RegisterAsync(new { name = "skip-tls", kubeconfig });
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await DetailAsync(refused)).ShouldContain("insecure-skip-tls-verify: true");

        using var accepted = await app.RegisterAsync(new { name = "skip-tls", kubeconfig, acceptInsecureConnection = true });
        accepted.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task ANewKubeconfigOverPlainHttpNeedsTheAcceptanceToo()
    {
        using var created = await app.RegisterAsync(new { name = "becomes-http", kubeconfig = app.OtherKubeconfig() });
        var cluster = (await created.Content.ReadFromJsonAsync<ClusterSummary>(ApiTestApp.Json, Cancel))!;
        await using var proxy = RefusingProxy.Start(app.OtherCluster, "nothing-refused");

        using var refused = await app.Client.PatchAsJsonAsync($"/api/v1/clusters/{cluster.Id}",
            new { kubeconfig = proxy.Kubeconfig(app.OtherCluster), allowDuplicateServer = true }, ApiTestApp.Json, Cancel);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await DetailAsync(refused)).ShouldContain("uses plain http://");

        using var accepted = await app.Client.PatchAsJsonAsync($"/api/v1/clusters/{cluster.Id}",
            new { kubeconfig = proxy.Kubeconfig(app.OtherCluster), allowDuplicateServer = true, acceptInsecureConnection = true }, ApiTestApp.Json, Cancel);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AServerAddressWithAUserAndPasswordIsRefusedWithoutRepeatingThePassword()
    {
        var kubeconfig = app.OtherKubeconfig().Replace("https://127.0.0.1", "https://admin:pw-in-url-9c1@127.0.0.1", StringComparison.Ordinal);

        using var refused = await app.RegisterAsync(new { name = "userinfo", kubeconfig });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var detail = await DetailAsync(refused);
        detail.ShouldContain("carries a user name or password");
        detail.ShouldContain("'users' section");
        detail.ShouldNotContain("pw-in-url-9c1");
    }

    [Fact]
    public async Task AStoredServerAddressWithAPasswordIsShownRedactedAndCannotBeSearchedFor()
    {
        var registry = app.Services.GetRequiredService<IClusterRegistry>();
        var stored = await registry.RegisterAsync(
            new NewCluster("legacy-userinfo", ProviderKind.RkeCustom, "https://admin:legacy-pw-51e@192.0.2.10:6443", "ctx", app.OtherKubeconfig()), Cancel);

        var one = await app.Client.GetStringAsync($"/api/v1/clusters/{stored.Id}", Cancel);
        var all = await app.Client.GetStringAsync("/api/v1/clusters", Cancel);
        var searched = await app.Client.GetStringAsync("/api/v1/clusters?search=legacy-pw", Cancel);

        one.ShouldContain("https://***@192.0.2.10:6443");
        one.ShouldNotContain("legacy-pw-51e");
        all.ShouldNotContain("legacy-pw-51e");
        searched.ShouldNotContain("legacy-userinfo");
    }

    [Fact]
    public async Task WhatAnErroringServerSentIsNeitherStoredNorShown()
    {
        const string Marker = "REMOTE-BODY-e41d";
        using var listener = new HttpListener();
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                try
                {
                    var context = await listener.GetContextAsync();
                    context.Response.StatusCode = 500;
                    context.Response.StatusDescription = Marker;
                    context.Response.ContentType = "application/json";
                    await context.Response.OutputStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes($$"""{"kind":"Status","message":"{{Marker}}"}"""));
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
            }
        }, Cancel);
        var kubeconfig = app.OtherKubeconfig().Replace($"https://127.0.0.1:{app.OtherCluster.Port}", $"http://127.0.0.1:{port}", StringComparison.Ordinal);

        using var refused = await app.RegisterAsync(new { name = "erroring", kubeconfig, acceptInsecureConnection = true });
        using var saved = await app.RegisterAsync(new { name = "erroring", kubeconfig, acceptInsecureConnection = true, saveIfUnreachable = true });
        var cluster = (await saved.Content.ReadFromJsonAsync<ClusterSummary>(ApiTestApp.Json, Cancel))!;
        var shown = await app.Client.GetStringAsync($"/api/v1/clusters/{cluster.Id}", Cancel);
        listener.Stop();
        await serving;

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var detail = await DetailAsync(refused);
        detail.ShouldContain("answered 500");
        detail.ShouldNotContain(Marker);
        cluster.Status.ShouldBe(ClusterStatus.Unreachable);
        cluster.LastError.ShouldNotBeNull().ShouldContain("answered 500 Internal Server Error instead of the Kubernetes API");
        shown.ShouldNotContain(Marker);
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
