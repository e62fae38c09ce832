using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Core.Clusters;
using Dashboard.Sandbox;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Dashboard.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Networks;

/// <summary>The running app with the address policy as shipped: loopback refused except the embedded sandbox.</summary>
public sealed class DefaultAddressPolicyTests : IAsyncLifetime
{
    private readonly TempDirectory data = new();
    private DashboardAppFactory app = default!;
    private SandboxCluster standalone = default!;
    private HttpClient admin = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        standalone = await SandboxCluster.StartAsync(new SandboxOptions(), Cancel);
        app = new DashboardAppFactory(data.Path, allowLoopbackClusters: false);
        admin = await app.AdminClientAsync();
    }

    public async ValueTask DisposeAsync()
    {
        admin.Dispose();
        await app.DisposeAsync();
        await standalone.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task TheEmbeddedSandboxIsReachableWithTheDefaultPolicy()
    {
        var clusters = await admin.GetFromJsonAsync<ClusterSummary[]>("/api/v1/clusters", ApiTestApp.Json, Cancel);

        var sandbox = clusters!.Where(c => c.SandboxProfile == "rke-custom").ShouldHaveSingleItem();
        sandbox.Status.ShouldBe(ClusterStatus.Reachable, sandbox.LastError);
    }

    [Fact]
    public async Task AStandaloneSandboxOnLoopbackIsRefusedWithTheSettingToChange()
    {
        var before = standalone.RequestCount;

        using var response = await admin.PostAsJsonAsync("/api/v1/clusters", new { name = "standalone", kubeconfig = standalone.KubeconfigYaml("ctx") }, ApiTestApp.Json, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString();
        detail.ShouldNotBeNull().ShouldContain("which Dashboard:Clusters:AllowedNetworks does not list");
        detail.ShouldContain("127.0.0.0/8");
        standalone.RequestCount.ShouldBe(before);
    }
}
