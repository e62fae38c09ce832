using Bunit;
using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Web.Components.Clusters;
using MudBlazor;

namespace Dashboard.Web.Tests.Components;

/// <summary>A status answer changes a row's cells in place: the row a user is about to click is never replaced.</summary>
public class ClustersTableRowIdentityTests : MudBlazorTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static ClusterSummary Unprobed(string name) =>
        new(Guid.NewGuid(), name, ProviderKind.RkeCustom, $"https://{name}.example:6443", name, Now, Now, ClusterStatus.Unknown, null, null, null, null, null);

    private static MudTr RowOf(IRenderedComponent<ClustersTable> table, string name) =>
        table.FindComponents<MudTr>().Single(r => r.Find("tr").TextContent.Contains(name, StringComparison.Ordinal)
                                                  && r.Instance.Item is not null).Instance;

    [Fact]
    public void AStatusAnswerUpdatesTheRowsCellsWithoutReplacingTheRow()
    {
        var alpha = Unprobed("alpha");
        var beta = Unprobed("beta");
        var table = Render<ClustersTable>(p => p.Add(t => t.Clusters, new[] { alpha, beta }));
        var alphaRow = RowOf(table, "alpha");
        var betaRow = RowOf(table, "beta");

        var answered = alpha with { Status = ClusterStatus.Reachable, KubernetesVersion = "v1.32.4", NodeCount = 3, LastSeenAt = Now };
        table.Render(p => p.Add(t => t.Clusters, new[] { answered, beta }));

        RowOf(table, "alpha").ShouldBeSameAs(alphaRow);
        RowOf(table, "beta").ShouldBeSameAs(betaRow);
        var cells = table.FindAll("tbody tr").Single(r => r.TextContent.Contains("alpha", StringComparison.Ordinal)).TextContent;
        cells.ShouldContain("v1.32.4");
        cells.ShouldContain("Reachable");
    }

    [Fact]
    public void AFreshListFromTheRegistryKeepsTheRowsOfTheClustersStillInIt()
    {
        var alpha = Unprobed("alpha");
        var beta = Unprobed("beta");
        var table = Render<ClustersTable>(p => p.Add(t => t.Clusters, new[] { alpha, beta }));
        var alphaRow = RowOf(table, "alpha");
        var betaRow = RowOf(table, "beta");

        // What Refresh or a registration hands over: new records of the same clusters, and one more.
        table.Render(p => p.Add(t => t.Clusters, new[] { alpha with { UpdatedAt = Now.AddMinutes(1) }, beta with { UpdatedAt = Now.AddMinutes(1) }, Unprobed("gamma") }));

        RowOf(table, "alpha").ShouldBeSameAs(alphaRow);
        RowOf(table, "beta").ShouldBeSameAs(betaRow);
        table.FindAll("tbody tr").Select(r => r.QuerySelector("td a")!.TextContent).ShouldBe(["alpha", "beta", "gamma"]);
    }
}
