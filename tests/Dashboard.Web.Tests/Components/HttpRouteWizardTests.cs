using Bunit;
using Dashboard.Core.Routes;
using Dashboard.Kubernetes.Resources;
using Dashboard.Tests.Shared;
using Dashboard.Web.Components.HttpRoutes;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using k8s;

#pragma warning disable MUD0012 // tests read a radio value only, never set it

namespace Dashboard.Web.Tests.Components;

/// <summary>The HTTPRoute wizard over the real services and a sandbox cluster: its parent, its hostnames per platform, the listener hostname rule.</summary>
public class HttpRouteWizardTests : WizardTestContext
{
    private const string Group = "gateway.networking.k8s.io";

    /// <summary>A Gateway 'web' in namespace default with one HTTP listener, and the wait until the caches know it.</summary>
    private async Task CreateGatewayAsync(string? listenerHostname = null)
    {
        var listener = new Dictionary<string, object> { ["name"] = "http", ["protocol"] = "HTTP", ["port"] = 80 };
        if (listenerHostname is not null)
            listener["hostname"] = listenerHostname;
        await Client.CustomObjects.CreateNamespacedCustomObjectAsync(new Dictionary<string, object>
        {
            ["apiVersion"] = $"{Group}/v1",
            ["kind"] = "Gateway",
            ["metadata"] = new Dictionary<string, object> { ["name"] = "web" },
            ["spec"] = new Dictionary<string, object> { ["gatewayClassName"] = "any", ["listeners"] = new[] { listener } },
        }, Group, "v1", "default", "gateways", cancellationToken: Ct);
        var resources = Services.GetRequiredService<IClusterResources>();
        (await Eventually.ReturnsAsync(() => resources.GatewayAsync(ClusterId, "default", "web", Ct), g => g is not null, Ct, 10_000)).ShouldNotBeNull();
    }

    private IRenderedComponent<HttpRouteWizard> RenderWizard(bool fromGatewayPage)
    {
        // As a link from a Gateway's page opens it: the parent in the query.
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(fromGatewayPage ? $"clusters/{ClusterId}/httproutes/new?gatewayNamespace=default&gateway=web" : $"clusters/{ClusterId}/httproutes/new");
        var wizard = Render<HttpRouteWizard>(p => p.Add(w => w.ClusterId, ClusterId));
        wizard.WaitForAssertion(() => wizard.Find(fromGatewayPage ? "[data-testid=httproute-wizard]" : "[data-testid=no-gateway-api]"), Patience);
        return wizard;
    }

    private static bool IsChecked(IRenderedComponent<HttpRouteWizard> wizard, RouteHostChoice choice) =>
        wizard.FindComponents<MudRadio<RouteHostChoice>>().Single(r => r.Instance.Value == choice).Find("input").HasAttribute("checked");

    /// <summary>Named 'shop', past the Gateway step (preselected) to the Hostnames step.</summary>
    private static void ToHostnamesStep(IRenderedComponent<HttpRouteWizard> wizard)
    {
        TextField(wizard, "Name").Find("input").Input("shop");
        Next(wizard, 1);
        Next(wizard, 2);
    }

    [Fact]
    public async Task FromAGatewaysPageTheGatewayIsChosenAndOnGkeTheHostnameIsGenerated()
    {
        await StartAsync("gke");
        await CreateGatewayAsync();
        var wizard = RenderWizard(fromGatewayPage: true);
        TextField(wizard, "Name").Find("input").Input("shop");
        Next(wizard, 1);

        wizard.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Gateway").Instance.Value.ShouldBe("default/web");
        Next(wizard, 2);

        wizard.WaitForAssertion(() => IsChecked(wizard, RouteHostChoice.Generate).ShouldBeTrue(), Patience);
        wizard.Find("[data-testid=generated-host]").TextContent.ShouldContain("shop.default.<ip>.");
    }

    [Fact]
    public async Task OnEksTheRoutesOwnHostnameComesFirstAndGenerateSaysWhyItCannotWork()
    {
        await StartAsync("eks");
        await CreateGatewayAsync();
        var wizard = RenderWizard(fromGatewayPage: true);

        ToHostnamesStep(wizard);

        wizard.WaitForAssertion(() => IsChecked(wizard, RouteHostChoice.Custom).ShouldBeTrue(), Patience);
        wizard.Find("[data-testid=generate-unavailable]").TextContent.ShouldContain("the Gateway's address is a DNS name, not an IP");
        wizard.FindComponents<MudTextField<string>>().Count(t => t.Instance.Label == "Hostname").ShouldBe(1); // a field to type in
    }

    [Fact]
    public async Task WhenTheGatewayHasAnIpTheHostnamesStepShowsTheVeryNameTheRouteWillGet()
    {
        await StartAsync("gke");
        await GatewayObjects.CreateGatewayAsync(Client, "web", "gke-l7-global-external-managed", Ct, listenerHostname: null);
        var resources = Services.GetRequiredService<IClusterResources>();
        var gateway = await Eventually.ReturnsAsync(() => resources.GatewayAsync(ClusterId, "default", "web", Ct), g => g?.Gateway.Addresses.Count > 0, Ct, 10_000);
        var ip = gateway!.Gateway.Addresses[0].Value;
        var wizard = RenderWizard(fromGatewayPage: true);

        ToHostnamesStep(wizard);

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=generated-host]").TextContent.ShouldContain($"shop.default.{ip}.sslip.io — a public"), Patience);
    }

    [Fact]
    public async Task AListenerWhoseHostnameRulesOutTheGeneratedNameRefusesNextWithTheRouteHostnameRulesSentence()
    {
        await StartAsync("gke");
        await CreateGatewayAsync(listenerHostname: "shop.example.com");
        var wizard = RenderWizard(fromGatewayPage: true);
        ToHostnamesStep(wizard);

        Next(wizard, 2);

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=generate-refused]").TextContent
            .ShouldContain("The listener http of Gateway web accepts only shop.example.com: a generated name under"), Patience);
        ActiveStep(wizard).ShouldBe(2);
    }

    [Fact]
    public async Task ARuleWithoutABackendServiceIsRefusedOnTheRulesStep()
    {
        await StartAsync("gke");
        await CreateGatewayAsync();
        var wizard = RenderWizard(fromGatewayPage: true);
        ToHostnamesStep(wizard);
        Next(wizard, 3);

        Next(wizard, 3);

        wizard.WaitForAssertion(() => wizard.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Service").Instance.ErrorText.ShouldNotBeNullOrEmpty(), Patience);
        ActiveStep(wizard).ShouldBe(3);
    }

    [Fact]
    public async Task ACanaryIsASecondBackendWithATenthOfTheTraffic()
    {
        await StartAsync("gke");
        await CreateGatewayAsync();
        var wizard = RenderWizard(fromGatewayPage: true);
        ToHostnamesStep(wizard);
        Next(wizard, 3);

        Button(wizard, "Add a canary (10 %)").Click();

        wizard.WaitForAssertion(() => wizard.FindAll("[data-testid=backend-share]").Select(e => e.TextContent.Trim()).ShouldBe(["90 % of the traffic", "10 % of the traffic"]), Patience);
    }

    [Fact]
    public async Task OnAClusterWithoutGatewayApiTheRouteWizardSaysSoAndOffersNoSteps()
    {
        await StartAsync("rke-custom");

        var wizard = RenderWizard(fromGatewayPage: false);

        wizard.Find("[data-testid=no-gateway-api]").TextContent.ShouldContain("does not serve Gateway API");
        wizard.FindAll("[data-testid=httproute-wizard]").ShouldBeEmpty();
    }
}
