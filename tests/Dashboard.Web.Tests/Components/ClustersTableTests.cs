using Bunit;
using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Web.Components.Clusters;

namespace Dashboard.Web.Tests.Components;

public class ClustersTableTests : MudBlazorTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static ClusterSummary Cluster(string name, ProviderKind provider, ClusterStatus status, int? nodes, string? error = null) =>
        new(Guid.NewGuid(), name, provider, $"https://{name}.example:6443", name, Now, Now, status, Now,
            status == ClusterStatus.Reachable ? "v1.32.4" : null, nodes, error, null);

    private readonly ClusterSummary[] clusters =
    [
        Cluster("edge", ProviderKind.RkeCustom, ClusterStatus.Unreachable, null, "connection refused"),
        Cluster("prod-eks", ProviderKind.AmazonEks, ClusterStatus.Reachable, 3),
    ];

    private readonly List<ClusterQuery> queries = [];

    /// <summary>The table over a registry that holds <paramref name="registered"/> (already in name order) and pages them as asked.</summary>
    private IRenderedComponent<ClustersTable> RenderOver(ClusterSummary[] registered, bool canManage = false, Action<ClusterSummary>? onDelete = null) =>
        Render<ClustersTable>(p =>
        {
            p.Add(t => t.Load, (query, _) =>
            {
                lock (queries)
                    queries.Add(query);
                return Task.FromResult(new ClusterPage([.. registered.Skip(query.Skip).Take(query.Take)], registered.Length));
            });
            p.Add(t => t.CanManage, canManage);
            if (onDelete is not null)
                p.Add(t => t.OnDelete, onDelete);
        });

    [Fact]
    public void EachClusterIsARowWithItsKindServerVersionNodesAndStatus()
    {
        var table = RenderOver(clusters);

        var rows = table.WaitForElements("tbody tr", 2);
        var edge = rows[0].TextContent;
        edge.ShouldContain("edge");
        edge.ShouldContain("RKE on custom hosts");
        edge.ShouldContain("Unreachable");
        var eks = rows[1].TextContent;
        eks.ShouldContain("Amazon EKS");
        eks.ShouldContain("https://prod-eks.example:6443");
        eks.ShouldContain("v1.32.4");
        eks.ShouldContain("Reachable");
        rows[1].QuerySelector("a")!.GetAttribute("href").ShouldBe($"clusters/{clusters[1].Id}");
    }

    [Fact]
    public void AClusterWithoutAChosenKindShowsTheDetectedOneMarkedAsDetected()
    {
        var undeclared = Cluster("found", ProviderKind.Unknown, ClusterStatus.Reachable, 3) with { DetectedProvider = ProviderKind.AzureAks };

        var table = RenderOver([undeclared]);

        var cell = table.WaitForElement("tbody tr td[data-label=Provider]");
        cell.TextContent.ShouldContain("Azure AKS");
        cell.TextContent.ShouldContain("(detected)");
        cell.TextContent.ShouldNotContain("Unknown");
    }

    [Fact]
    public void AChosenKindTheClusterContradictsIsKeptAndMarked()
    {
        var declared = Cluster("chosen", ProviderKind.RkeCustom, ClusterStatus.Reachable, 3) with { DetectedProvider = ProviderKind.MetalLb };

        var table = RenderOver([declared]);

        var cell = table.WaitForElement("tbody tr td[data-label=Provider]");
        cell.TextContent.ShouldContain("RKE on custom hosts");
        cell.QuerySelector("[data-testid=provider-mismatch]")!.TextContent.ShouldContain("looks like Third-party MetalLB");
    }

    [Fact]
    public void TheTableAsksForTheFirstPageOnlyAndHoldsOnlyItsRows()
    {
        var many = Enumerable.Range(0, 60).Select(i => Cluster($"c-{i:D2}", ProviderKind.RkeCustom, ClusterStatus.Reachable, 1)).ToArray();

        var table = RenderOver(many);

        table.WaitForElements("tbody tr", ClusterQuery.DefaultTake);
        queries.ShouldHaveSingleItem().ShouldBe(new ClusterQuery("", 0, ClusterQuery.DefaultTake));
        table.Instance.ListedIds.Count.ShouldBe(ClusterQuery.DefaultTake);
        table.Markup.ShouldContain("of 60");
    }

    [Fact]
    public void ASearchIsSentToTheRegistryFromTheFirstPage()
    {
        var many = Enumerable.Range(0, 60).Select(i => Cluster($"c-{i:D2}", ProviderKind.RkeCustom, ClusterStatus.Reachable, 1)).ToArray();
        var table = RenderOver(many);
        table.WaitForElements("tbody tr", ClusterQuery.DefaultTake);
        table.FindAll("button[aria-label='Next page']").ShouldHaveSingleItem().Click();
        table.WaitForAssertion(() => queries.Last().Skip.ShouldBe(ClusterQuery.DefaultTake));

        table.Find("input").Input("eks");

        table.WaitForAssertion(() => queries.Last().ShouldBe(new ClusterQuery("eks", 0, ClusterQuery.DefaultTake)));
    }

    [Fact]
    public void AnEmptyRegistryInvitesToRegister()
    {
        var table = RenderOver([]);

        table.WaitForAssertion(() => table.Markup.ShouldContain("No clusters yet"));
    }

    [Fact]
    public void TheDeleteButtonReportsWhichCluster()
    {
        ClusterSummary? deleted = null;
        var table = RenderOver(clusters, canManage: true, onDelete: c => deleted = c);

        table.WaitForElement("button[aria-label='Delete prod-eks']").Click();

        deleted.ShouldBe(clusters[1]);
    }

    [Fact]
    public void WithoutTheRightToManageThereAreNoEditOrDeleteButtons()
    {
        var table = RenderOver(clusters);

        table.WaitForElements("a[aria-label^='Open']", 2);
        table.FindAll("button[aria-label^='Delete'], button[aria-label^='Edit']").ShouldBeEmpty();
    }

    [Fact]
    public void ClusterSuppliedTextIsRenderedAsTextNotMarkup()
    {
        var hostile = Cluster("x", ProviderKind.Unknown, ClusterStatus.Unreachable, null, "<img src=x onerror=alert(1)>");
        var table = RenderOver([hostile]);

        table.WaitForElement("tbody tr");
        table.FindAll("img").ShouldBeEmpty();
    }
}
