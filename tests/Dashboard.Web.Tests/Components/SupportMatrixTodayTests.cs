using Bunit;
using Dashboard.Core.Providers;
using Dashboard.Core.Security;
using Dashboard.Core.Support;
using Dashboard.Web.Components.Pages;

namespace Dashboard.Web.Tests.Components;

/// <summary>The /support-matrix page keeps the Rancher table and adds the table of today under it.</summary>
public class SupportMatrixTodayTests : SandboxClusterTestContext
{
    [Fact]
    public async Task ThePageShowsTheRancherTableThenOneRowOfTodayForEveryPlatform()
    {
        await StartAsync(Roles.Viewer, "gke");

        var page = Render<SupportMatrixPage>();

        page.WaitForAssertion(() => page.Find("[data-testid=today-matrix]"));
        var markup = page.Markup;
        markup.IndexOf("data-testid=\"support-matrix\"", StringComparison.Ordinal)
            .ShouldBeLessThan(markup.IndexOf("data-testid=\"today-matrix\"", StringComparison.Ordinal));
        var today = page.Find("[data-testid=today-matrix]");
        today.QuerySelectorAll("tbody tr").Length.ShouldBe(TodayMatrix.Rows.Count);
        today.TextContent.ShouldContain(ProviderKind.Rke2.DisplayName());
        today.TextContent.ShouldContain(ProviderKind.K3s.DisplayName());
        today.TextContent.ShouldContain("providers.kubernetesGateway.enabled: true");
        page.FindAll("[data-testid=today-retired]").Count.ShouldBe(TodayMatrix.Rows.Count(r => r.IngressControllerRetired));
    }
}
