using Bunit;
using Dashboard.Core.Providers;
using Dashboard.Core.Registration;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Tests.Serving;
using Dashboard.Web.Components.Ingresses;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Components.Services;
using Microsoft.Extensions.DependencyInjection;
using k8s;
using k8s.Models;
using static Dashboard.Tests.Serving.ServingObjects;

namespace Dashboard.Web.Tests.Components;

/// <summary>
/// Which pods back which Service, why an Ingress path would answer 503, and the objects' events, on the Services
/// tab and the Service and Ingress pages, over the real caches of a sandbox cluster.
/// </summary>
public class ServiceHealthPagesTests : SandboxClusterTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private Task<V1Service> CreateServiceAsync(string name) => Client.CoreV1.CreateNamespacedServiceAsync(new V1Service
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1ServiceSpec
        {
            Selector = new Dictionary<string, string> { ["app"] = name },
            Ports = [new V1ServicePort { Name = "http", Port = 80, TargetPort = 8080 }],
        },
    }, "default", cancellationToken: Ct);

    private Task<V1EndpointSlice> CreateWebSliceAsync() => Client.CreateSliceAsync("default", "web", "web-x1",
        new Endpoint("web-1", "10.42.0.11", "node-1", true), new Endpoint("web-2", "10.42.0.12", "node-2", true), new Endpoint("web-3", "10.42.0.13", "node-3", false));

    private IRenderedComponent<ServicePage> RenderServicePage(string name) =>
        Render<ServicePage>(p => p.Add(c => c.ClusterId, ClusterId).Add(c => c.Namespace, "default").Add(c => c.Name, name));

    private IRenderedComponent<IngressPage> RenderIngressPage(string name) =>
        Render<IngressPage>(p => p.Add(c => c.ClusterId, ClusterId).Add(c => c.Namespace, "default").Add(c => c.Name, name));

    [Fact]
    public async Task TheServiceRowAndPageShowTwoOfThreeReadyAndThePodsBehindIt()
    {
        await StartAsync(Roles.Viewer);
        await CreateServiceAsync("web");
        await CreateWebSliceAsync();

        var list = Render<ServiceList>(p => p.Add(c => c.ClusterId, ClusterId));
        list.WaitForAssertion(() => Row(list, "web").QuerySelector("[data-testid=endpoint-counts]")!.TextContent.Trim().ShouldBe("2/3 ready"), Patience);
        Row(list, "kubernetes").QuerySelector("[data-testid=endpoints-note]")!.TextContent.Trim().ShouldBe("no selector: managed by hand");

        var page = RenderServicePage("web");
        page.WaitForAssertion(() => page.Find("[data-testid=service-endpoints]").TextContent.Trim().ShouldBe("2/3 ready"), Patience);
        page.FindAll("[data-testid=endpoints-note]").ShouldBeEmpty();
        page.FindAll("[data-testid=service-endpoint]").Select(r => string.Join(" ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim())))
            .ShouldBe(["web-1 10.42.0.11 node-1 ready", "web-2 10.42.0.12 node-2 ready", "web-3 10.42.0.13 node-3 not ready"]);
    }

    [Fact]
    public async Task AServiceWhoseEndpointsAllBecomeUnreadySaysSoOnItsRowAndPageWithoutAReload()
    {
        await StartAsync(Roles.Viewer);
        await CreateServiceAsync("web");
        await CreateWebSliceAsync();
        var list = Render<ServiceList>(p => p.Add(c => c.ClusterId, ClusterId));
        var page = RenderServicePage("web");
        page.WaitForAssertion(() => page.Find("[data-testid=service-endpoints]").TextContent.Trim().ShouldBe("2/3 ready"), Patience);

        await Client.ReplaceSliceAsync("default", "web", "web-x1",
            new Endpoint("web-1", "10.42.0.11", "node-1", false), new Endpoint("web-2", "10.42.0.12", "node-2", false), new Endpoint("web-3", "10.42.0.13", "node-3", false));

        const string Sentence = "No pod behind it is ready: the load balancer has nothing to send to.";
        page.WaitForAssertion(() => page.Find("[data-testid=endpoints-note]").TextContent.Trim().ShouldBe(Sentence), Patience);
        page.Find("[data-testid=service-endpoints]").TextContent.ShouldContain("0/3 ready");
        list.WaitForAssertion(() => Row(list, "web").QuerySelector("[data-testid=endpoints-note]")!.TextContent.Trim().ShouldBe(Sentence), Patience);
    }

    [Fact]
    public async Task TheIngressPageFlagsAMissingServiceAndABackendWithoutReadyEndpoints()
    {
        await StartAsync(Roles.Viewer);
        await CreateServiceAsync("web");
        await CreateServiceAsync("cart");
        await CreateWebSliceAsync();
        await Client.CreateSliceAsync("default", "cart", "cart-x1", new Endpoint("cart-1", "10.42.0.21", "node-1", false));
        await Client.NetworkingV1.CreateNamespacedIngressAsync(new V1Ingress
        {
            Metadata = new V1ObjectMeta { Name = "shop" },
            Spec = new V1IngressSpec
            {
                IngressClassName = "nginx",
                Rules =
                [
                    new V1IngressRule
                    {
                        Host = "shop.example.com",
                        Http = new V1HTTPIngressRuleValue { Paths = [Path("/", "web"), Path("/cart", "cart"), Path("/api", "api")] },
                    },
                ],
            },
        }, "default", cancellationToken: Ct);

        var page = RenderIngressPage("shop");

        page.WaitForAssertion(() => page.FindAll("[data-testid=ingress-backend]").Count.ShouldBe(3), Patience);
        page.WaitForAssertion(() => Backend(page, "/cart").TextContent.ShouldContain("Service cart has no ready endpoint"), Patience);
        Backend(page, "/").QuerySelector("[data-testid=backend-ready]")!.TextContent.Trim().ShouldBe("2/3 ready");
        Backend(page, "/").QuerySelector("[data-testid=backend-problem]").ShouldBeNull();
        Backend(page, "/api").QuerySelector("[data-testid=backend-problem]")!.TextContent
            .ShouldContain("Service api does not exist in namespace default: the ingress controller answers 503 for this path.");
        Backend(page, "/cart").TextContent.ShouldContain("answers 503 for this path until a pod is ready");
    }

    [Fact]
    public async Task EventsAboutTheServiceAppearLiveNewestFirstWithWarningsMarked()
    {
        await StartAsync(Roles.Viewer);
        await CreateServiceAsync("web");
        var page = RenderServicePage("web");
        page.WaitForAssertion(() => page.Find("[data-testid=events-none]"), Patience);

        var now = DateTime.UtcNow;
        await Client.CreateEventAsync("default", "web.a", "Service", "web", "Normal", "EnsuringLoadBalancer", "Ensuring load balancer", now.AddMinutes(-3));
        await Client.CreateEventAsync("default", "web.b", "Service", "web", "Warning", "AllocationFailed", "Failed to allocate IP for \"default/web\": no available IPs", now, count: 3, component: "metallb-controller");

        page.WaitForAssertion(() => page.FindAll("[data-testid=event]").Count.ShouldBe(2), Patience);
        var rows = page.FindAll("[data-testid=event]");
        rows.Select(r => r.QuerySelector("[data-testid=event-reason]")!.TextContent).ShouldBe(["AllocationFailed", "EnsuringLoadBalancer"]);
        rows[0].GetAttribute("data-type").ShouldBe("Warning");
        rows[0].QuerySelector("[data-testid=event-warning]").ShouldNotBeNull();
        rows[0].QuerySelector("[data-testid=event-count]")!.TextContent.ShouldBe("3");
        rows[0].TextContent.ShouldContain("metallb-controller");
        rows[0].TextContent.ShouldContain("no available IPs");
        rows[1].QuerySelector("[data-testid=event-warning]").ShouldBeNull();
        rows[1].TextContent.ShouldContain("3m");
    }

    [Fact]
    public async Task EventsAboutTheIngressAppearLiveOnItsPage()
    {
        await StartAsync(Roles.Viewer);
        await Client.NetworkingV1.CreateNamespacedIngressAsync(new V1Ingress
        {
            Metadata = new V1ObjectMeta { Name = "shop" },
            Spec = new V1IngressSpec { IngressClassName = "nginx", DefaultBackend = new V1IngressBackend { Service = new V1IngressServiceBackend { Name = "web", Port = new V1ServiceBackendPort { Number = 80 } } } },
        }, "default", cancellationToken: Ct);
        var page = RenderIngressPage("shop");

        // The cluster's ingress-nginx announces the ingress itself, then a warning arrives while the page is open.
        page.WaitForAssertion(() => page.Find("[data-testid=event] [data-testid=event-reason]").TextContent.ShouldBe("Sync"), Patience);
        page.Find("[data-testid=event]").TextContent.ShouldContain("nginx-ingress-controller");
        await Client.CreateEventAsync("default", "shop.b", "Ingress", "shop", "Warning", "Rejected", "Service web not found", DateTime.UtcNow.AddSeconds(1));

        page.WaitForAssertion(() => page.Find("[data-testid=event] [data-testid=event-reason]").TextContent.ShouldBe("Rejected"), Patience);
        page.FindAll("[data-testid=event]").Count.ShouldBe(2);
    }

    [Fact]
    public async Task WhenTheClusterForbidsEventsTheServicePageSaysSoAndStillShowsItsEndpoints()
    {
        await StartAsync(Roles.Viewer);
        await using var proxy = RefusingProxy.Start(Sandbox, "events");
        var cluster = await Services.GetRequiredService<ClusterRegistrationService>().RegisterAsync(
            new RegisterClusterDraft { Name = "no-events", Kubeconfig = proxy.Kubeconfig(Sandbox), Provider = ProviderKind.RkeCustom, AcceptInsecureConnection = true }, Actor.System, Ct);
        await CreateServiceAsync("web");
        await CreateWebSliceAsync();

        var page = Render<ServicePage>(p => p.Add(c => c.ClusterId, cluster.Id).Add(c => c.Namespace, "default").Add(c => c.Name, "web"));

        page.WaitForAssertion(() => page.Find("[data-testid=events-problem]").TextContent
            .ShouldContain("Events cannot be shown: The cluster does not let the dashboard's credentials list events (403 Forbidden)"), Patience);
        page.Find("[data-testid=service-endpoints]").TextContent.Trim().ShouldBe("2/3 ready");
        page.FindAll("[data-testid=service-error]").ShouldBeEmpty();
    }

    /// <summary>The Services tab's row of a Service in namespace default (its Name cell is the second).</summary>
    private static AngleSharp.Dom.IElement Row(IRenderedComponent<ServiceList> list, string name) =>
        list.FindAll("tbody tr").Single(r => r.QuerySelectorAll("td").ElementAtOrDefault(1)?.TextContent.Trim() == name);

    private static AngleSharp.Dom.IElement Backend(IRenderedComponent<IngressPage> page, string path) =>
        page.FindAll("[data-testid=ingress-backend]").Single(b => b.QuerySelector("code")!.TextContent == "shop.example.com" + path);

    private static V1HTTPIngressPath Path(string path, string service) => new()
    {
        Path = path,
        PathType = "Prefix",
        Backend = new V1IngressBackend { Service = new V1IngressServiceBackend { Name = service, Port = new V1ServiceBackendPort { Number = 80 } } },
    };
}
