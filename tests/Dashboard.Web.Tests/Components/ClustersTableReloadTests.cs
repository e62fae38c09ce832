using Bunit;
using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Web.Components.Clusters;

namespace Dashboard.Web.Tests.Components;

/// <summary>A reload shows the newer records of the clusters on the page (the row elements are kept by their key, see the end-to-end first-click tests).</summary>
public class ClustersTableReloadTests : MudBlazorTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private ClusterSummary[] registered = [];

    private static ClusterSummary Unprobed(string name) =>
        new(Guid.NewGuid(), name, ProviderKind.RkeCustom, $"https://{name}.example:6443", name, Now, Now, ClusterStatus.Unknown, null, null, null, null, null);

    private IRenderedComponent<ClustersTable> RenderTable() =>
        Render<ClustersTable>(p => p.Add(t => t.Load, (query, _) =>
            Task.FromResult(new ClusterPage([.. registered.Skip(query.Skip).Take(query.Take)], registered.Length))));

    [Fact]
    public async Task ANewerStatusUpdatesTheRowsCells()
    {
        var alpha = Unprobed("alpha");
        var beta = Unprobed("beta");
        registered = [alpha, beta];
        var table = RenderTable();
        table.WaitForElements("tbody tr", 2);

        registered = [alpha with { Status = ClusterStatus.Reachable, KubernetesVersion = "v1.32.4", NodeCount = 3, LastSeenAt = Now }, beta];
        await table.InvokeAsync(table.Instance.ReloadAsync);

        table.WaitForAssertion(() => table.FindAll("tbody tr").Single(r => r.TextContent.Contains("alpha", StringComparison.Ordinal)).TextContent.ShouldContain("v1.32.4"));
        table.FindAll("tbody tr").Single(r => r.TextContent.Contains("alpha", StringComparison.Ordinal)).TextContent.ShouldContain("Reachable");
    }

    [Fact]
    public async Task AReloadShowsNewRecordsOfTheSameClustersAndTheOneAdded()
    {
        var alpha = Unprobed("alpha");
        var beta = Unprobed("beta");
        registered = [alpha, beta];
        var table = RenderTable();
        table.WaitForElements("tbody tr", 2);

        // What a registration elsewhere and a reload hand over: new records of the same clusters, and one more.
        registered = [alpha with { UpdatedAt = Now.AddMinutes(1) }, beta with { UpdatedAt = Now.AddMinutes(1) }, Unprobed("gamma")];
        await table.InvokeAsync(table.Instance.ReloadAsync);

        table.WaitForElements("tbody tr", 3);
        table.FindAll("tbody tr").Select(r => r.QuerySelector("td a")!.TextContent).ShouldBe(["alpha", "beta", "gamma"]);
    }
}
