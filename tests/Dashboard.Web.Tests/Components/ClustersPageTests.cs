using Bunit;
using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Tests.Shared;
using Dashboard.Web.Components.Clusters;
using Dashboard.Web.Components.Pages;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dashboard.Web.Tests.Components;

/// <summary>
/// The Clusters page over the real services and a sandbox cluster registered under many names: a view reads only the
/// registry (no request reaches any API server), and the page follows the background health check's feed.
/// </summary>
public class ClustersPageTests : SandboxClusterTestContext
{
    private IClusterRegistry Registry => Services.GetRequiredService<IClusterRegistry>();

    /// <summary>More clusters of the same sandbox, stored directly (as if registered earlier), named after the lab one.</summary>
    private async Task<List<Guid>> AddClustersAsync(int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var cluster = await Registry.RegisterAsync(new NewCluster($"more-{i:D3}", ProviderKind.RkeCustom, Sandbox.Url.ToString(), "ctx",
                Sandbox.KubeconfigYaml("ctx"), Observation: new ClusterObservation(ClusterStatus.Reachable, DateTimeOffset.UtcNow, "v1.32.0", 3)), Ct);
            ids.Add(cluster.Id);
        }
        return ids;
    }

    /// <summary>Waits until the sandbox has served everything the registration set off (its probe), so later requests are the page's.</summary>
    private async Task<long> SettledRequestCountAsync()
    {
        await Eventually.ReturnsAsync(async () =>
        {
            var before = Sandbox.RequestCount;
            await Task.Delay(300, Ct);
            return Sandbox.RequestCount == before;
        }, settled => settled);
        return Sandbox.RequestCount;
    }

    [Fact]
    public async Task ViewingThePageAsksNoClusterAnything()
    {
        await StartAsync(Roles.Viewer);
        await AddClustersAsync(40);
        var requests = await SettledRequestCountAsync();

        for (var view = 0; view < 3; view++)
        {
            var page = Render<Clusters>();
            page.WaitForElements("[data-testid=clusters-table] tbody tr", ClusterQuery.DefaultTake);
            page.Markup.ShouldContain("of 41");
            page.Dispose();
        }

        Sandbox.RequestCount.ShouldBe(requests);
    }

    [Fact]
    public async Task AStatusChangeTheHealthCheckPublishesShowsInTheOpenPagesRow()
    {
        await StartAsync(Roles.Viewer);
        var page = Render<Clusters>();
        page.WaitForAssertion(() => page.Find("[data-testid=clusters-table] tbody tr").TextContent.ShouldContain("Reachable"));

        Sandbox.Unreachable = true;
        // What the background check does at its next interval (here at once): record and publish.
        await Services.GetRequiredService<ClusterHealthMonitor>().RefreshAsync([ClusterId], Actor.System, Ct);

        page.WaitForAssertion(() => page.Find("[data-testid=clusters-table] tbody tr").TextContent.ShouldContain("Unreachable"));
    }

    [Fact]
    public async Task ASearchRunsInTheRegistryAndFindsClustersBeyondTheFirstPage()
    {
        await StartAsync(Roles.Viewer);
        await AddClustersAsync(40);
        var page = Render<Clusters>();
        page.WaitForElements("[data-testid=clusters-table] tbody tr", ClusterQuery.DefaultTake);
        page.FindAll("tbody tr a").Select(a => a.TextContent).ShouldNotContain("more-039");

        page.Find("[data-testid=clusters-table] input").Input("more-03");

        page.WaitForAssertion(() => page.FindAll("[data-testid=clusters-table] tbody tr a:not([aria-label])").Select(a => a.TextContent)
            .ShouldBe(Enumerable.Range(30, 10).Select(i => $"more-{i:D3}")));
        page.Markup.ShouldContain("of 10");
    }

    [Fact]
    public async Task RefreshChecksTheClustersOnThePageShownAndNoOthers()
    {
        await StartAsync(Roles.Viewer);
        var more = await AddClustersAsync(30);
        var seenBefore = (await Registry.ListAsync(Ct)).ToDictionary(c => c.Id, c => c.LastSeenAt);
        var page = Render<Clusters>();
        page.WaitForElements("[data-testid=clusters-table] tbody tr", ClusterQuery.DefaultTake);
        var shown = page.FindComponent<ClustersTable>().Instance.ListedIds.ToHashSet();

        await page.InvokeAsync(() => ButtonWithText(page, "Refresh").Click());

        var after = await Eventually.ReturnsAsync(() => Registry.ListAsync(Ct),
            clusters => clusters.Where(c => shown.Contains(c.Id)).All(c => c.LastSeenAt != seenBefore[c.Id]));
        after.Where(c => shown.Contains(c.Id)).ShouldAllBe(c => c.LastSeenAt != seenBefore[c.Id]);
        after.Where(c => !shown.Contains(c.Id)).ShouldAllBe(c => c.LastSeenAt == seenBefore[c.Id]);
        shown.Count.ShouldBe(ClusterQuery.DefaultTake);
        more.Count(id => !shown.Contains(id)).ShouldBe(6);
    }

    private static AngleSharp.Dom.IElement ButtonWithText(IRenderedComponent<Clusters> page, string text) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == text);
}
