using System.Net.Http.Json;
using System.Text.Json;

namespace Dashboard.Web.Tests.Api;

/// <summary>The table of today and the per-cluster Gateway API observation over the HTTP API.</summary>
public class SupportTodayApiTests(ApiTestApp app) : IClassFixture<ApiTestApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheTableOfTodayHasARowForEveryPlatformIncludingRke2AndK3s()
    {
        var rows = await app.Client.GetFromJsonAsync<JsonElement>("/api/v1/support-matrix/today", Cancel);

        var kinds = rows.EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ToList();
        kinds.ShouldContain("Rke2");
        kinds.ShouldContain("K3s");
        kinds.ShouldContain("GoogleGke");
        var gke = rows.EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "GoogleGke");
        gke.GetProperty("gatewayControllers")[0].GetProperty("controllerName").GetString().ShouldBe("networking.gke.io/gateway");
        gke.GetProperty("gatewayAddress").GetString().ShouldBe("Ip");
    }

    [Fact]
    public async Task AClusterThatRunsIngressNginxIsToldItWasRetiredAndWhereToMove()
    {
        var id = await app.SandboxIdAsync();

        var support = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/clusters/{id}/support", Cancel);

        support.GetProperty("today").GetProperty("kind").GetString().ShouldBe("RkeCustom");
        var gatewayApi = support.GetProperty("gatewayApi");
        gatewayApi.GetProperty("findings").GetArrayLength().ShouldBeGreaterThan(0);
        var notice = gatewayApi.GetProperty("retirementNotice").GetString();
        notice.ShouldNotBeNull();
        notice.ShouldContain("retired in March 2026");
        notice.ShouldContain("RKE2");
    }
}
