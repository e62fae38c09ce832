using Bunit;
using Dashboard.Core.Security;
using Dashboard.Web.Components;
using Dashboard.Web.Components.GatewayClasses;
using Dashboard.Web.Components.Gateways;
using Dashboard.Web.Components.HttpRoutes;
using k8s;
using k8s.Models;

namespace Dashboard.Web.Tests.Components;

/// <summary>The Gateway, HTTPRoute and GatewayClass pages over the real caches, with the status a controller would write.</summary>
public class GatewayPagesTests : SandboxClusterTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    // A class of a controller the sandbox does not run, so the status each test writes is the only one.
    private const string TestClass = "test-gateways";
    private const string TestController = "example.com/test-gateway-controller";

    private async Task CreateShopGatewayAsync(string address)
    {
        await GatewayObjects.CreateGatewayClassAsync(Client, TestClass, TestController, Ct);
        await GatewayObjects.CreateGatewayAsync(Client, "shop", TestClass, Ct);
        var type = System.Net.IPAddress.TryParse(address, out _) ? "IPAddress" : "Hostname";
        await GatewayObjects.PatchStatusAsync(Client, "gateways", "default", "shop", $$"""
            {"addresses":[{"type":"{{type}}","value":"{{address}}"}],
             "conditions":[{"type":"Accepted","status":"True","reason":"Accepted","message":"","lastTransitionTime":"2026-12-02T10:00:00Z","observedGeneration":1},
                           {"type":"Programmed","status":"True","reason":"Programmed","message":"","lastTransitionTime":"2026-12-02T10:00:00Z","observedGeneration":1}],
             "listeners":[{"name":"http","attachedRoutes":1,"supportedKinds":[{"group":"gateway.networking.k8s.io","kind":"HTTPRoute"}],
                           "conditions":[{"type":"Accepted","status":"True","reason":"Accepted","message":"","lastTransitionTime":"2026-12-02T10:00:00Z","observedGeneration":1}]}]}
            """, Ct);
    }

    private IRenderedComponent<GatewayPage> RenderGatewayPage() =>
        Render<GatewayPage>(p => p.Add(c => c.ClusterId, ClusterId).Add(c => c.Namespace, "default").Add(c => c.Name, "shop"));

    [Fact]
    public async Task AGatewayPageShowsItsAddressListenersAndLetsAnOperatorAddARoute()
    {
        await StartAsync(Roles.Operator, "gke");
        await CreateShopGatewayAsync("203.0.113.50");

        var page = RenderGatewayPage();

        page.WaitForAssertion(() => page.Find("[data-testid=gateway-address]").TextContent.ShouldContain("203.0.113.50"), Patience);
        page.FindAll("[data-testid=gateway-cname-hint]").ShouldBeEmpty();
        var listener = page.Find("[data-testid=gateway-listeners] tbody tr").TextContent;
        listener.ShouldContain("http");
        listener.ShouldContain("shop.example.com");
        listener.ShouldContain("routes from its own namespace only");
        page.Find("[data-testid=gateway-details]").TextContent.ShouldContain(TestController);
        page.Find("[data-testid=add-route]").GetAttribute("href").ShouldBe(DashboardUrls.NewHttpRoute(ClusterId, "default", "shop"));
    }

    [Fact]
    public async Task AGatewayWithADnsNameAddressGetsTheCnameHintAndAViewerCannotAddARoute()
    {
        await StartAsync(Roles.Viewer, "gke");
        await CreateShopGatewayAsync("shop-1234.lb.example.com");

        var page = RenderGatewayPage();

        page.WaitForAssertion(() => page.Find("[data-testid=gateway-cname-hint]").TextContent.ShouldContain("CNAME"), Patience);
        page.FindAll("[data-testid=add-route]").ShouldBeEmpty();
    }

    [Fact]
    public async Task ARouteFromAnotherNamespaceIsToldInPlainWordsWhyItIsNotAttached()
    {
        // GKE's own controller (simulated by the sandbox) programs the Gateway and refuses the route: its listener
        // allows routes from its own namespace only, the default.
        await StartAsync(Roles.Viewer, "gke");
        await GatewayObjects.CreateGatewayAsync(Client, "shop", "gke-l7-global-external-managed", Ct);
        await Client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = "team" } }, cancellationToken: Ct);
        await GatewayObjects.CreateHttpRouteAsync(Client, "shop-api", "shop", "default", Ct, ns: "team");
        var address = await GatewayAddressAsync("default", "shop");

        var page = Render<HttpRoutePage>(p => p.Add(c => c.ClusterId, ClusterId).Add(c => c.Namespace, "team").Add(c => c.Name, "shop-api"));

        page.WaitForAssertion(() => page.Find("[data-testid=route-parents]").TextContent.ShouldContain("only allows routes from its own namespace"), Patience);
        page.Find("[data-testid=route-problem]").TextContent.ShouldContain("not attached");
        page.WaitForAssertion(() => page.Find("[data-testid=route-parent-address]").TextContent.ShouldContain(address), Patience);
        page.Find("[data-testid=route-hostnames]").TextContent.ShouldContain("shop.example.com");
        var rule = page.Find("[data-testid=route-rules] tbody tr").TextContent;
        rule.ShouldContain("/api");
        rule.ShouldContain("web:80 (weight 90)");
        rule.ShouldContain("canary:80 (weight 10)");
    }

    /// <summary>The address the platform's controller gave the Gateway, once it has one.</summary>
    private async Task<string> GatewayAddressAsync(string ns, string name)
    {
        var gateway = await Eventually.ReturnsAsync(
            async () => (System.Text.Json.JsonElement)await Client.CustomObjects.GetNamespacedCustomObjectAsync(
                "gateway.networking.k8s.io", "v1", ns, "gateways", name, Ct),
            g => FirstAddress(g) is not null, Ct, timeoutMs: 10_000);
        var address = FirstAddress(gateway);
        return address!;
    }

    private static string? FirstAddress(System.Text.Json.JsonElement gateway) =>
        gateway.TryGetProperty("status", out var status) && status.TryGetProperty("addresses", out var addresses) && addresses.GetArrayLength() > 0
            ? addresses[0].GetProperty("value").GetString()
            : null;

    private IRenderedComponent<HttpRoutePage> RenderRoutePage(string name) =>
        Render<HttpRoutePage>(p => p.Add(c => c.ClusterId, ClusterId).Add(c => c.Namespace, "default").Add(c => c.Name, name));

    [Fact]
    public async Task GenerateHostnameOnARoutePageGivesTheRouteItsNameFromTheGatewaysIpWithoutReload()
    {
        await StartAsync(Roles.Operator, "gke");
        await GatewayObjects.CreateGatewayAsync(Client, "open", "gke-l7-global-external-managed", Ct, listenerHostname: null);
        await GatewayObjects.CreateHttpRouteAsync(Client, "bare", "open", "default", Ct, hostname: null);
        var ip = await GatewayAddressAsync("default", "open");
        var page = RenderRoutePage("bare");
        page.WaitForAssertion(() => page.Find("[data-testid=route-parent-address]").TextContent.ShouldContain(ip), Patience);
        page.Find("[data-testid=hostname-none]").TextContent.ShouldContain("generate one from its Gateway's address");

        await page.Find("[data-testid=generate-hostname]").ClickAsync(new());

        var expected = $"bare.default.{ip}.sslip.io";
        page.WaitForAssertion(() => page.Find("[data-testid=generated-hostname] a").TextContent.ShouldBe(expected), Patience);
        page.Find("[data-testid=route-hostnames]").TextContent.ShouldContain("generated");
        page.FindAll("[data-testid=generate-hostname]").ShouldBeEmpty();
    }

    [Fact]
    public async Task ARoutePageSaysWhyAListenerHostnameRulesTheGeneratedNameOutAndOffersNoButton()
    {
        await StartAsync(Roles.Operator, "gke");
        await GatewayObjects.CreateGatewayAsync(Client, "strict", "gke-l7-global-external-managed", Ct, listenerHostname: "*.shop.example.com");
        await GatewayObjects.CreateHttpRouteAsync(Client, "bare", "strict", "default", Ct, hostname: null);
        await GatewayAddressAsync("default", "strict");

        var page = RenderRoutePage("bare");

        page.WaitForAssertion(() => page.Find("[data-testid=hostname-none]").TextContent.ShouldBe(
            "The listener http of Gateway strict accepts only *.shop.example.com: a generated name under sslip.io cannot attach. Add your own hostname, or a listener without one."), Patience);
        page.FindAll("[data-testid=generate-hostname]").ShouldBeEmpty();
    }

    [Fact]
    public async Task OnEksARouteWithItsOwnHostnameIsGivenTheCnameRecordToTheGatewaysDnsName()
    {
        await StartAsync(Roles.Operator, "eks");
        await GatewayObjects.CreateGatewayAsync(Client, "alb-gw", "alb", Ct, listenerHostname: null);
        await GatewayObjects.CreateHttpRouteAsync(Client, "own", "alb-gw", "default", Ct, hostname: "shop.example.com");
        var dnsName = await GatewayAddressAsync("default", "alb-gw");

        var page = RenderRoutePage("own");

        page.WaitForAssertion(() => page.Find("[data-testid=hostname-cname]").TextContent.ShouldContain($"shop.example.com. CNAME {dnsName}."), Patience);
        page.FindAll("[data-testid=generate-hostname]").ShouldBeEmpty();
    }

    [Fact]
    public async Task AViewerSeesTheRoutesHostnameStateButNoGenerateButton()
    {
        await StartAsync(Roles.Viewer, "gke");
        await GatewayObjects.CreateGatewayAsync(Client, "open", "gke-l7-global-external-managed", Ct, listenerHostname: null);
        await GatewayObjects.CreateHttpRouteAsync(Client, "bare", "open", "default", Ct, hostname: null);
        var ip = await GatewayAddressAsync("default", "open");

        var page = RenderRoutePage("bare");

        page.WaitForAssertion(() => page.Find("[data-testid=route-parent-address]").TextContent.ShouldContain(ip), Patience);
        page.Find("[data-testid=hostname-panel]").TextContent.ShouldContain("<route>.<namespace>.<ip>.sslip.io");
        page.FindAll("[data-testid=generate-hostname]").ShouldBeEmpty();
    }

    [Fact]
    public async Task AGatewayClassPageShowsItsControllerAndTheGatewaysUsingIt()
    {
        await StartAsync(Roles.Viewer, "gke");
        await CreateShopGatewayAsync("203.0.113.50");

        var page = Render<GatewayClassPage>(p => p.Add(c => c.ClusterId, ClusterId).Add(c => c.Name, TestClass));

        page.WaitForAssertion(() => page.Find("[data-testid=gatewayclass-gateways]").TextContent.ShouldContain("default/shop"), Patience);
        page.Find("[data-testid=gatewayclass-details]").TextContent.ShouldContain(TestController);
        page.Find("[data-testid=gatewayclass-accepted]").TextContent.ShouldContain("no controller has answered");
    }
}
