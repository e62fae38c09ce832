using Bunit;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.PortExposures;
using Dashboard.Web.Components.PortExposures;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using k8s;

namespace Dashboard.Web.Tests.Components;

/// <summary>The TCP/UDP ports tab and its dialog over the real PortExposureService and an RKE sandbox cluster.</summary>
public class PortExposureTabTests : SandboxClusterTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private PortExposureService Ports => Services.GetRequiredService<PortExposureService>();

    /// <summary>An entry written behind the dashboard's back, as another tool would: ingress-nginx's ConfigMap holds it whether or not the Service exists.</summary>
    private async Task ExposePostgresAsync()
    {
        var map = await Client.CoreV1.ReadNamespacedConfigMapAsync("tcp-services", PortExposureService.NginxNamespace, cancellationToken: Ct);
        map.Data ??= new Dictionary<string, string>();
        map.Data["5432"] = "db/postgres:5432";
        await Client.CoreV1.ReplaceNamespacedConfigMapAsync(map, "tcp-services", PortExposureService.NginxNamespace, cancellationToken: Ct);
    }

    private IRenderedComponent<PortExposureTab> RenderTab() =>
        Render<PortExposureTab>(p => p.Add(t => t.ClusterId, ClusterId));

    /// <summary>Opens the dialog, picks the kubernetes Service (port 443) and types the external port, then submits.</summary>
    private async Task ExposeThroughTheDialogAsync(IRenderedComponent<PortExposureTab> tab, int externalPort)
    {
        tab.WaitForAssertion(() => tab.FindAll("button").Single(b => b.TextContent.Trim() == "Expose a TCP/UDP port").HasAttribute("disabled").ShouldBeFalse(), Patience);
        tab.FindAll("button").Single(b => b.TextContent.Trim() == "Expose a TCP/UDP port").Click();
        Dialogs.WaitForAssertion(() => Dialogs.FindComponents<MudSelect<string>>().Count.ShouldBe(2), Patience);
        var service = Dialogs.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Service");
        await Dialogs.InvokeAsync(() => service.Instance.OpenMenu());
        Popovers.WaitForAssertion(() => Popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == "default/kubernetes").Click(), Patience);
        Dialogs.FindComponent<MudNumericField<int?>>().Find("input").Input(externalPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Expose").Click();
    }

    [Fact]
    public async Task TheTabListsAPortExposedThroughThePortExposureService()
    {
        await StartAsync(Roles.Operator);
        await ExposePostgresAsync();

        var tab = RenderTab();

        tab.WaitForAssertion(() => tab.Find("[data-testid=port-list]").TextContent.ShouldContain("db/postgres:5432"), Patience);
        tab.Find("[data-testid=port-list]").TextContent.ShouldContain("5432");
        tab.Markup.ShouldContain("Ports are cluster-wide, first come first served.");
        tab.FindAll("[data-testid=configmap-missing]").ShouldBeEmpty();
    }

    [Fact]
    public async Task ExposingThroughTheDialogListsThePortAndWritesItToTheConfigMap()
    {
        await StartAsync(Roles.Operator);
        var tab = RenderTab();

        await ExposeThroughTheDialogAsync(tab, 6443);

        tab.WaitForAssertion(() => tab.Find("[data-testid=port-list]").TextContent.ShouldContain("default/kubernetes:443"), Patience);
        var map = await Client.CoreV1.ReadNamespacedConfigMapAsync("tcp-services", PortExposureService.NginxNamespace, cancellationToken: Ct);
        map.Data.ShouldNotBeNull()["6443"].ShouldBe("default/kubernetes:443");
    }

    [Fact]
    public async Task ATakenPortShowsWhoAlreadyHasIt()
    {
        await StartAsync(Roles.Admin);
        await ExposePostgresAsync();
        var tab = RenderTab();

        await ExposeThroughTheDialogAsync(tab, 5432);

        Dialogs.WaitForAssertion(() => Dialogs.Markup.ShouldContain("port 5432/TCP is already exposed for db/postgres:5432"), Patience);
        var map = await Client.CoreV1.ReadNamespacedConfigMapAsync("tcp-services", PortExposureService.NginxNamespace, cancellationToken: Ct);
        map.Data.ShouldNotBeNull()["5432"].ShouldBe("db/postgres:5432");
    }

    [Fact]
    public async Task PortEightyIsRefusedInlineByTheSharedValidator()
    {
        await StartAsync(Roles.Operator);
        var tab = RenderTab();

        await ExposeThroughTheDialogAsync(tab, 80);

        Dialogs.WaitForAssertion(() => Dialogs.Markup.ShouldContain("80 and 443 are the ingress controller's HTTP and HTTPS ports"), Patience);
        (await Ports.ListAsync(ClusterId, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task RemovingAPortAsksNamingItThenTakesItOutOfTheConfigMap()
    {
        await StartAsync(Roles.Operator);
        await ExposePostgresAsync();
        var tab = RenderTab();
        tab.WaitForAssertion(() => tab.Find("[aria-label='Remove 5432/TCP']"), Patience);

        tab.Find("[aria-label='Remove 5432/TCP']").Click();
        Dialogs.WaitForAssertion(() => Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Remove 5432/TCP").Click(), Patience);

        tab.WaitForAssertion(() => tab.Find("[data-testid=port-list]").TextContent.ShouldNotContain("db/postgres:5432"), Patience);
        (await Ports.ListAsync(ClusterId, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AViewerSeesThePortsButNoExposeOrRemoveButton()
    {
        await StartAsync(Roles.Viewer);
        await ExposePostgresAsync();

        var tab = RenderTab();

        tab.WaitForAssertion(() => tab.Find("[data-testid=port-list]").TextContent.ShouldContain("db/postgres:5432"), Patience);
        tab.FindAll("button").ShouldNotContain(b => b.TextContent.Trim() == "Expose a TCP/UDP port");
        tab.FindAll("[aria-label='Remove 5432/TCP']").ShouldBeEmpty();
    }

    [Fact]
    public async Task AClusterWithoutTheConfigMapSaysSoAndDisablesTheButton()
    {
        await StartAsync(Roles.Admin, profile: "rke-ec2");

        var tab = RenderTab();

        tab.WaitForAssertion(() => tab.Find("[data-testid=configmap-missing]").TextContent.ShouldContain("is not installed"), Patience);
        tab.FindAll("button").Single(b => b.TextContent.Trim() == "Expose a TCP/UDP port").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public async Task TheDialogOpensWithEmptyPortsAndNoError()
    {
        await StartAsync(Roles.Operator);
        var tab = RenderTab();
        tab.WaitForAssertion(() => tab.FindAll("button").Single(b => b.TextContent.Trim() == "Expose a TCP/UDP port").HasAttribute("disabled").ShouldBeFalse(), Patience);

        tab.FindAll("button").Single(b => b.TextContent.Trim() == "Expose a TCP/UDP port").Click();

        Dialogs.WaitForAssertion(() => Dialogs.FindComponent<MudNumericField<int?>>(), Patience);
        Dialogs.FindComponent<MudNumericField<int?>>().Find("input").GetAttribute("value").ShouldBeNullOrEmpty();
        Dialogs.FindComponents<MudSelect<int?>>().Single().FindAll("input").ShouldAllBe(i => string.IsNullOrEmpty(i.GetAttribute("value")));
        Dialogs.FindAll(".mud-input-error").ShouldBeEmpty();
        Dialogs.Markup.ShouldNotContain("Invalid value: 0");
    }

    [Fact]
    public async Task AnErrorGoesAsSoonAsItsFieldChanges()
    {
        await StartAsync(Roles.Operator);
        var tab = RenderTab();

        await ExposeThroughTheDialogAsync(tab, 80);
        Dialogs.WaitForAssertion(() => Dialogs.Markup.ShouldContain("80 and 443 are the ingress controller's HTTP and HTTPS ports"), Patience);

        Dialogs.FindComponent<MudNumericField<int?>>().Find("input").Input("6443");

        Dialogs.WaitForAssertion(() => Dialogs.Markup.ShouldNotContain("80 and 443 are the ingress controller's HTTP and HTTPS ports"), Patience);
        Dialogs.FindAll(".mud-input-error").ShouldBeEmpty();
    }

    [Fact]
    public async Task ThePortListSaysWhereClientsConnect()
    {
        await StartAsync(Roles.Viewer);
        await ExposePostgresAsync();
        var nodeIps = (await Client.CoreV1.ListNodeAsync(cancellationToken: Ct)).Items
            .SelectMany(n => n.Status.Addresses).Where(a => a.Type == "ExternalIP").Select(a => a.Address).ToList();
        var balancer = (await Client.CoreV1.ListNamespacedServiceAsync(PortExposureService.NginxNamespace, cancellationToken: Ct)).Items
            .SelectMany(s => s.Status?.LoadBalancer?.Ingress ?? []).Select(i => i.Ip ?? i.Hostname).ToList();
        var expected = (balancer.Count > 0 ? balancer : nodeIps).Select(ip => $"{ip}:5432").ToList();
        expected.ShouldNotBeEmpty();

        var tab = RenderTab();

        tab.WaitForAssertion(() => tab.Find("[data-testid=port-client-address]").TextContent.Trim().ShouldBe(string.Join(", ", expected)), Patience);
    }
}
