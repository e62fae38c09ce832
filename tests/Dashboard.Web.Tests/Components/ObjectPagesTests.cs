using AngleSharp.Dom;
using Bunit;
using Dashboard.Core.Security;
using Dashboard.Web.Components.Ingresses;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Components.Services;
using k8s;
using k8s.Models;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Dashboard.Kubernetes.Resources;
using Dashboard.Web.Components.Objects;

namespace Dashboard.Web.Tests.Components;

/// <summary>The Ingress and Service pages over the real caches and support report of a sandbox cluster.</summary>
public class ObjectPagesTests : SandboxClusterTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static readonly string[] RkeCustomNodeIps = ["203.0.113.10", "203.0.113.11", "203.0.113.12"];

    private Task<V1Ingress> CreateIngressAsync(string name, string? className = null) => Client.NetworkingV1.CreateNamespacedIngressAsync(new V1Ingress
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "default" },
        Spec = new V1IngressSpec
        {
            IngressClassName = className,
            Rules =
            [
                new V1IngressRule
                {
                    Host = "web.example.com",
                    Http = new V1HTTPIngressRuleValue
                    {
                        Paths =
                        [
                            new V1HTTPIngressPath
                            {
                                Path = "/", PathType = "Prefix",
                                Backend = new V1IngressBackend { Service = new V1IngressServiceBackend { Name = "web", Port = new V1ServiceBackendPort { Number = 80 } } },
                            },
                        ],
                    },
                },
            ],
        },
    }, "default", cancellationToken: Ct);

    private Task<V1Service> CreateLoadBalancerAsync(string name) => Client.CoreV1.CreateNamespacedServiceAsync(new V1Service
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "default" },
        Spec = new V1ServiceSpec
        {
            Type = "LoadBalancer",
            Selector = new Dictionary<string, string> { ["app"] = name },
            Ports = [new V1ServicePort { Port = 80, Protocol = "TCP" }],
        },
    }, "default", cancellationToken: Ct);

    private IRenderedComponent<IngressPage> RenderIngressPage(string name) => Render<IngressPage>(p => p
        .Add(c => c.ClusterId, ClusterId).Add(c => c.Namespace, "default").Add(c => c.Name, name));

    [Fact]
    public async Task TheIngressPageOnRkeCustomShowsTheThreeNodeIpsAndTheARecordGuidance()
    {
        await StartAsync(Roles.Operator);
        await CreateIngressAsync("web");

        var page = RenderIngressPage("web");

        page.WaitForAssertion(() => page.FindAll("[data-testid=a-record-ip]").Select(e => e.TextContent.Trim()).ShouldBe(RkeCustomNodeIps), Patience);
        page.Find("[data-testid=dns-guidance]").TextContent.ShouldContain("Point an A record for your domain at:");
        page.Find("[data-testid=hostname-none]").TextContent.ShouldContain("Every rule has a host you chose");
        page.Markup.ShouldContain("public wildcard DNS name");
        page.Find("[data-testid=ingress-hosts] a").GetAttribute("href").ShouldBe("http://web.example.com/");
        page.FindAll("[data-testid=cname-record]").ShouldBeEmpty();
    }

    [Fact]
    public async Task TheIngressPageOnEksShowsTheCnameGuidanceWithTheAlbDnsName()
    {
        await StartAsync(Roles.Operator, profile: "eks");
        await CreateIngressAsync("web");

        var page = RenderIngressPage("web");

        page.WaitForAssertion(() => page.Find("[data-testid=cname-record]").TextContent.ShouldMatch(@"^web\.example\.com\. CNAME k8s-default-web-[0-9a-f]{10}-[0-9]{10}\..*\.elb\.amazonaws\.com\."), Patience);
        page.Find("[data-testid=dns-guidance]").TextContent.ShouldContain("Create a CNAME record:");
        page.FindAll("[aria-label='Copy the CNAME record']").Count.ShouldBe(1);
        page.FindAll("[data-testid=a-record-ip]").ShouldBeEmpty();
    }

    [Fact]
    public async Task AnAddressThatAppearsAfterRenderUpdatesTheIngressPage()
    {
        await StartAsync(Roles.Viewer);
        await CreateIngressAsync("web", className: "not-served");
        var page = RenderIngressPage("web");
        page.WaitForAssertion(() => page.Find("[data-testid=ingress-waiting]").TextContent.ShouldContain("Waiting for the load balancer"), Patience);

        var ingress = await Client.NetworkingV1.ReadNamespacedIngressAsync("web", "default", cancellationToken: Ct);
        ingress.Spec.IngressClassName = "nginx";
        await Client.NetworkingV1.ReplaceNamespacedIngressAsync(ingress, "web", "default", cancellationToken: Ct);

        page.WaitForAssertion(() => page.FindAll("[data-testid=a-record-ip]").Select(e => e.TextContent.Trim()).ShouldBe(RkeCustomNodeIps), Patience);
        page.FindAll("[data-testid=ingress-waiting]").ShouldBeEmpty();
    }

    [Fact]
    public async Task TheIngressPageSaysSoWhenTheIngressDoesNotExist()
    {
        await StartAsync(Roles.Viewer);

        var page = RenderIngressPage("nowhere");

        page.WaitForAssertion(() => page.Find("[data-testid=ingress-gone]").TextContent.ShouldContain("does not exist (any more)"), Patience);
    }

    [Fact]
    public async Task AViewerSeesViewYamlButNoEditOrDeleteButton()
    {
        await StartAsync(Roles.Viewer);
        await CreateIngressAsync("web");

        var page = RenderIngressPage("web");

        page.WaitForAssertion(() => page.FindAll("button").ShouldContain(b => b.TextContent.Trim() == "View YAML"), Patience);
        page.FindAll("button").ShouldNotContain(b => b.TextContent.Trim() == "Delete");
        page.FindAll("a, button").ShouldNotContain(b => b.TextContent.Trim() == "Edit");
    }

    [Fact]
    public async Task TheServicePageOfALoadBalancerOnRkeCustomSaysTheLayerFourReason()
    {
        await StartAsync(Roles.Operator);
        await CreateLoadBalancerAsync("lb");

        var page = Render<ServicePage>(p => p.Add(c => c.ClusterId, ClusterId).Add(c => c.Namespace, "default").Add(c => c.Name, "lb"));

        page.WaitForAssertion(() => page.Find("[data-testid=service-pending]").TextContent.ShouldContain("will stay pending here"), Patience);
        var reason = page.Find("[data-testid=service-pending]").TextContent;
        reason.ShouldContain("has no load balancer for Services");
        reason.ShouldContain("Instead use a NodePort Service");
        reason.ShouldContain("a TCP/UDP port of ingress-nginx");
        page.Find("[data-testid=service-type]").TextContent.ShouldBe("LoadBalancer");
        page.Find("[data-testid=service-selector]").TextContent.ShouldBe("app=lb");
        page.FindAll("button").ShouldContain(b => b.TextContent.Trim() == "Delete");
    }

    [Fact]
    public async Task TheIngressPageFlagsAMissingBackendServiceAboveEverythingElse()
    {
        await StartAsync(Roles.Viewer);
        await CreateIngressAsync("web");

        var page = RenderIngressPage("web");

        page.WaitForAssertion(() => page.Find("[data-testid=missing-backend]").TextContent
            .ShouldContain("The Service web does not exist in namespace default"), Patience);
        page.Find("[data-testid=missing-backend]").TextContent.ShouldContain("Create the Service, or edit the Ingress");
        page.Markup.IndexOf("data-testid=\"missing-backend\"", StringComparison.Ordinal)
            .ShouldBeLessThan(page.Markup.IndexOf("data-testid=\"ingress-details\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnIngressWhoseBackendExistsShowsNoMissingBackendNotice()
    {
        await StartAsync(Roles.Viewer);
        await CreateServiceAsync("web", "ClusterIP");
        await CreateIngressAsync("web");

        var page = RenderIngressPage("web");

        page.WaitForAssertion(() => page.Find("[data-testid=ingress-paths] a").TextContent.ShouldBe("web"), Patience);
        page.FindAll("[data-testid=missing-backend]").ShouldBeEmpty();
    }

    [Fact]
    public async Task AClusterIpServicePageSaysNothingAboutAnExternalAddress()
    {
        await StartAsync(Roles.Viewer);
        await CreateServiceAsync("api", "ClusterIP");

        var page = Render<ServicePage>(p => p.Add(c => c.ClusterId, ClusterId).Add(c => c.Namespace, "default").Add(c => c.Name, "api"));

        page.WaitForAssertion(() => page.Find("[data-testid=service-type]").TextContent.ShouldBe("ClusterIP"), Patience);
        page.FindAll("[data-testid=service-address]").ShouldBeEmpty();
        page.Find("[data-testid=service-details]").TextContent.ShouldNotContain("External address");
    }

    [Fact]
    public async Task DeletingAnIngressFromItsPageDeletesItAndGoesBackToTheIngressesTab()
    {
        await StartAsync(Roles.Operator);
        await CreateIngressAsync("web");
        var page = RenderIngressPage("web");
        page.WaitForAssertion(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click(), Patience);

        Dialogs.WaitForAssertion(() => Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete web").Click(), Patience);

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => navigation.Uri.ShouldEndWith($"/clusters/{ClusterId}?tab=ingresses"), Patience);
        (await Client.NetworkingV1.ListNamespacedIngressAsync("default", cancellationToken: Ct)).Items.ShouldNotContain(i => i.Metadata.Name == "web");
    }

    [Fact]
    public async Task AServiceListRowShowsTheServicesChangeWhileTheListIsOpen()
    {
        await StartAsync(Roles.Viewer);
        await CreateServiceAsync("api", "ClusterIP");
        var list = Render<ServiceList>(p => p.Add(c => c.ClusterId, ClusterId));
        IElement RowOfApi() => list.FindAll("[data-testid=service-list] tbody tr").Single(r => r.QuerySelector("a")?.TextContent.Trim() == "api");
        list.WaitForAssertion(() => RowOfApi().ShouldNotBeNull(), Patience);

        var service = await Client.CoreV1.ReadNamespacedServiceAsync("api", "default", cancellationToken: Ct);
        service.Spec.Ports.Add(new V1ServicePort { Name = "metrics", Port = 9090, Protocol = "TCP" });
        service.Spec.Ports[0].Name = "http";
        await Client.CoreV1.ReplaceNamespacedServiceAsync(service, "api", "default", cancellationToken: Ct);

        list.WaitForAssertion(() => RowOfApi().TextContent.ShouldContain("9090/TCP"), Patience);
        list.FindAll("[data-testid=service-external-address]").ShouldAllBe(cell => cell.TextContent.Trim() == "–");
        RowOfApi().QuerySelector("[aria-label='View YAML of default/api']").ShouldNotBeNull();
        RowOfApi().QuerySelector("[aria-label='Delete default/api']").ShouldBeNull("a viewer is offered no delete");
    }

    private Task<V1Service> CreateServiceAsync(string name, string type) => Client.CoreV1.CreateNamespacedServiceAsync(new V1Service
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "default" },
        Spec = new V1ServiceSpec
        {
            Type = type,
            Selector = new Dictionary<string, string> { ["app"] = name },
            Ports = [new V1ServicePort { Port = 80, Protocol = "TCP" }],
        },
    }, "default", cancellationToken: Ct);
}
