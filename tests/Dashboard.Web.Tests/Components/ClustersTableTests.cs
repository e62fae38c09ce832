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
        Cluster("prod-eks", ProviderKind.AmazonEks, ClusterStatus.Reachable, 3),
        Cluster("edge", ProviderKind.RkeCustom, ClusterStatus.Unreachable, null, "connection refused"),
    ];

    [Fact]
    public void EachClusterIsARowWithItsKindServerVersionNodesAndStatus()
    {
        var table = Render<ClustersTable>(p => p.Add(t => t.Clusters, clusters));

        var rows = table.FindAll("tbody tr");
        rows.Count.ShouldBe(2);
        var edge = rows[0].TextContent;
        edge.ShouldContain("edge");
        edge.ShouldContain("RKE on custom hosts");
        edge.ShouldContain("Unreachable");
        var eks = rows[1].TextContent;
        eks.ShouldContain("Amazon EKS");
        eks.ShouldContain("https://prod-eks.example:6443");
        eks.ShouldContain("v1.32.4");
        eks.ShouldContain("Reachable");
        rows[1].QuerySelector("a")!.GetAttribute("href").ShouldBe($"clusters/{clusters[0].Id}");
    }

    [Fact]
    public void AClusterWithoutAChosenKindShowsTheDetectedOneMarkedAsDetected()
    {
        var undeclared = Cluster("found", ProviderKind.Unknown, ClusterStatus.Reachable, 3) with { DetectedProvider = ProviderKind.AzureAks };

        var table = Render<ClustersTable>(p => p.Add(t => t.Clusters, new[] { undeclared }));

        var cell = table.Find("tbody tr td[data-label=Provider]");
        cell.TextContent.ShouldContain("Azure AKS");
        cell.TextContent.ShouldContain("(detected)");
        cell.TextContent.ShouldNotContain("Unknown");
    }

    [Fact]
    public void AChosenKindTheClusterContradictsIsKeptAndMarked()
    {
        var declared = Cluster("chosen", ProviderKind.RkeCustom, ClusterStatus.Reachable, 3) with { DetectedProvider = ProviderKind.MetalLb };

        var table = Render<ClustersTable>(p => p.Add(t => t.Clusters, new[] { declared }));

        var cell = table.Find("tbody tr td[data-label=Provider]");
        cell.TextContent.ShouldContain("RKE on custom hosts");
        cell.QuerySelector("[data-testid=provider-mismatch]")!.TextContent.ShouldContain("looks like Third-party MetalLB");
    }

    [Fact]
    public void SearchKeepsOnlyMatchingClusters()
    {
        var table = Render<ClustersTable>(p => p.Add(t => t.Clusters, clusters));

        table.Find("input").Input("eks");

        table.FindAll("tbody tr").ShouldHaveSingleItem().TextContent.ShouldContain("prod-eks");
    }

    [Fact]
    public void AnEmptyRegistryInvitesToRegister()
    {
        var table = Render<ClustersTable>(p => p.Add(t => t.Clusters, Array.Empty<ClusterSummary>()));

        table.Markup.ShouldContain("No clusters yet");
    }

    [Fact]
    public void TheDeleteButtonReportsWhichCluster()
    {
        ClusterSummary? deleted = null;
        var table = Render<ClustersTable>(p => p
            .Add(t => t.Clusters, clusters)
            .Add(t => t.CanManage, true)
            .Add(t => t.OnDelete, (ClusterSummary c) => deleted = c));

        table.Find("button[aria-label='Delete prod-eks']").Click();

        deleted.ShouldBe(clusters[0]);
    }

    [Fact]
    public void WithoutTheRightToManageThereAreNoEditOrDeleteButtons()
    {
        var table = Render<ClustersTable>(p => p.Add(t => t.Clusters, clusters));

        table.FindAll("button[aria-label^='Delete'], button[aria-label^='Edit']").ShouldBeEmpty();
        table.FindAll("a[aria-label^='Open']").Count.ShouldBe(2);
    }

    [Fact]
    public void ClusterSuppliedTextIsRenderedAsTextNotMarkup()
    {
        var hostile = Cluster("x", ProviderKind.Unknown, ClusterStatus.Unreachable, null, "<img src=x onerror=alert(1)>");
        var table = Render<ClustersTable>(p => p.Add(t => t.Clusters, new[] { hostile }));

        table.FindAll("img").ShouldBeEmpty();
    }
}
