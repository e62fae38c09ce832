using Bunit;
using Dashboard.Core.Security;
using Dashboard.Web.Components.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Web.Tests.Components;

/// <summary>The Support tab over the real support service and a sandbox cluster of the profile each test picks.</summary>
public class ClusterSupportTabTests : SandboxClusterTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private IRenderedComponent<ClusterSupportTab> RenderTab() => Render<ClusterSupportTab>(p => p.Add(t => t.ClusterId, ClusterId));

    private Task<V1Service> CreateLoadBalancerAsync() => Client.CoreV1.CreateNamespacedServiceAsync(new V1Service
    {
        Metadata = new V1ObjectMeta { Name = "lb" },
        Spec = new V1ServiceSpec { Type = "LoadBalancer", Selector = new Dictionary<string, string> { ["app"] = "web" }, Ports = [new V1ServicePort { Port = 80 }] },
    }, "default", cancellationToken: Ct);

    [Fact]
    public async Task AMetalLbClusterTellsOneStoryOnceAServiceHasItsIp()
    {
        await StartAsync(Roles.Viewer, "metallb");
        await CreateLoadBalancerAsync();

        var tab = RenderTab();

        tab.WaitForAssertion(() => tab.Find("[data-testid=layer4-observed]").TextContent.ShouldContain("1 with an IP"), Patience);
        tab.Find("[data-testid=layer4-answer]").TextContent.ShouldBe("MetalLB is installed here: a LoadBalancer Service gets an IP from its address pool.");
        tab.Find("[data-testid=metallb-note]").TextContent.ShouldContain("Rancher cannot configure it");
        tab.Find("[data-testid=layer7-answer]").TextContent.ShouldContain("served by nginx (k8s.io/ingress-nginx)");
        tab.Find("[data-testid=support-agrees]");
        tab.Markup.ShouldNotContain("does not provide L4");
    }

    [Fact]
    public async Task BareMetalGivesThePlainAnswerAndKeepsTheTablesWordsAsTheSource()
    {
        await StartAsync(Roles.Viewer, "rke-custom");

        var tab = RenderTab();

        tab.WaitForAssertion(() => tab.Find("[data-testid=layer4-answer]").TextContent.ShouldStartWith("A LoadBalancer Service will stay pending here"), Patience);
        tab.Find("[data-testid=layer4-answer]").TextContent.ShouldContain("NodePort");
        var source = tab.Find("[data-testid=layer4-source]").TextContent;
        source.ShouldContain("Rancher 2.0–2.4 documentation");
        source.ShouldContain("Limited: NGINX or third-party ingress*");
        tab.Find("[data-testid=layer4-footnote]").TextContent.ShouldStartWith("* Services can be exposed through a single globally managed config-map");
    }
}
