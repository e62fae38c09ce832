using Dashboard.Web.Components;

namespace Dashboard.Web.Tests.Components.Objects;

/// <summary>Every address the pages link to comes from one builder, and cluster tabs are found by name.</summary>
public class DashboardUrlsTests
{
    private static readonly Guid Cluster = Guid.Parse("6f0c2a3e-1b7d-4c55-9d8e-0a1b2c3d4e5f");

    [Fact]
    public void AnObjectAddressEscapesItsNamespaceAndName()
    {
        DashboardUrls.Service(Cluster, "team a", "web/1").ShouldBe($"clusters/{Cluster}/namespaces/team%20a/services/web%2F1");
        DashboardUrls.EditIngress(Cluster, "default", "web").ShouldBe($"clusters/{Cluster}/namespaces/default/ingresses/web/edit");
    }

    [Fact]
    public void TheFirstTabNeedsNoQueryAndTheOthersAreNamed()
    {
        DashboardUrls.Cluster(Cluster, ClusterTab.Support).ShouldBe($"clusters/{Cluster}");
        DashboardUrls.Cluster(Cluster, ClusterTab.Ports).ShouldBe($"clusters/{Cluster}?tab=ports");
        DashboardUrls.Cluster(Cluster, ClusterTab.Services).ShouldBe($"clusters/{Cluster}?tab=services");
    }

    [Fact]
    public void EveryTabNameReadsBackAsItsTab()
    {
        foreach (var tab in Enum.GetValues<ClusterTab>())
            DashboardUrls.ParseTab(DashboardUrls.TabName(tab)).ShouldBe(tab);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("nonsense")]
    public void AnUnknownTabOpensTheFirstTab(string? name) => DashboardUrls.ParseTab(name).ShouldBe(ClusterTab.Support);

    [Fact]
    public void ATabNameIsReadWhateverItsCase() => DashboardUrls.ParseTab("Ingresses").ShouldBe(ClusterTab.Ingresses);
}
