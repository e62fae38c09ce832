using System.Net;
using System.Net.Http.Json;
using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Api;

/// <summary><c>GET /api/v1/clusters</c> with <c>search</c>, <c>offset</c> and <c>limit</c>: one page from the registry and the total.</summary>
public class ClusterListPagingApiTests(ApiTestApp app) : IClassFixture<ApiTestApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task RegisterPagedClustersAsync(int count)
    {
        var registry = app.Services.GetRequiredService<IClusterRegistry>();
        for (var i = 0; i < count; i++)
            await registry.RegisterAsync(new NewCluster($"paged-{i:D2}", ProviderKind.RkeCustom, "https://192.0.2.44:6443", "ctx", app.OtherKubeconfig()), Cancel);
    }

    [Fact]
    public async Task ASearchWithOffsetAndLimitGivesThatPageByNameAndTheTotalInAHeader()
    {
        await RegisterPagedClustersAsync(12);

        using var response = await app.Client.GetAsync("/api/v1/clusters?search=PAGED-&offset=5&limit=4", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues(ClusterApi.TotalCountHeader).ShouldHaveSingleItem().ShouldBe("12");
        var page = (await response.Content.ReadFromJsonAsync<ClusterSummary[]>(ApiTestApp.Json, Cancel))!;
        page.Select(c => c.Name).ShouldBe(["paged-05", "paged-06", "paged-07", "paged-08"]);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("offset=-1", "offset")]
    public async Task AnOffsetOrLimitOutOfRangeIsAProblemThatNamesIt(string query, string field)
    {
        using var response = await app.Client.GetAsync($"/api/v1/clusters?{query}", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(ApiTestApp.Json, Cancel))!;
        problem.Errors.Keys.ShouldBe([field]);
        problem.Detail.ShouldNotBeNull().ShouldContain(field);
    }
}
