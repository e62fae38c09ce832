using Bunit;
using Dashboard.Core.Security;
using Dashboard.Web.Components.Services;

namespace Dashboard.Web.Tests.Components;

/// <summary>"View YAML" on the Services list, over the real service layer and a sandbox cluster.</summary>
public class YamlDialogTests : SandboxClusterTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AViewerOpensTheYamlOfTheKubernetesServiceFromTheServicesList()
    {
        await StartAsync(Roles.Viewer);
        var list = Render<ServiceList>(p => p.Add(l => l.ClusterId, ClusterId));
        list.WaitForAssertion(() => list.Find("[aria-label='View YAML of default/kubernetes']"), Patience);

        list.Find("[aria-label='View YAML of default/kubernetes']").Click();

        Dialogs.WaitForAssertion(() => Dialogs.Find("pre.yaml-preview").TextContent.ShouldContain("kind: Service"), Patience);
        Dialogs.Find("pre.yaml-preview").TextContent.ShouldContain("name: kubernetes");
        Dialogs.FindAll("button").ShouldContain(b => b.TextContent.Trim() == "Copy");
    }
}
