using Bunit;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Hostnames;
using Dashboard.Web.Components.Ingresses;
using Dashboard.Web.Components.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using k8s;
using k8s.Models;

namespace Dashboard.Web.Tests.Components;

/// <summary>The ingress page's generated-hostname section over the real caches, service and reconciler.</summary>
public class HostnamePanelTests : SandboxClusterTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private Task<V1Ingress> CreateIngressAsync(string name, string? host, string className) => Client.NetworkingV1.CreateNamespacedIngressAsync(new V1Ingress
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "default" },
        Spec = new V1IngressSpec
        {
            IngressClassName = className,
            Rules = [new V1IngressRule { Host = host, Http = new V1HTTPIngressRuleValue { Paths = [
                new V1HTTPIngressPath { Path = "/", PathType = "Prefix", Backend = new V1IngressBackend { Service = new V1IngressServiceBackend { Name = "web", Port = new V1ServiceBackendPort { Number = 80 } } } },
            ] } }],
        },
    }, "default", cancellationToken: Ct);

    private IRenderedComponent<IngressPage> RenderIngressPage(string name) => Render<IngressPage>(p => p
        .Add(c => c.ClusterId, ClusterId).Add(c => c.Namespace, "default").Add(c => c.Name, name));

    private async Task StartReconcilerAsync() =>
        await Services.GetServices<IHostedService>().OfType<HostnameReconciler>().Single().StartAsync(Ct);

    [Fact]
    public async Task GenerateHostnameGivesARuleWithoutAHostItsNameAndThePageShowsItWithoutReload()
    {
        await StartAsync(Roles.Operator);
        await CreateIngressAsync("shop", null, "nginx");
        var page = RenderIngressPage("shop");
        page.WaitForElement("[data-testid=ingress-address] span, [data-testid=ingress-address]", Patience);
        page.WaitForAssertion(() => page.Find("[data-testid=generate-hostname]"), Patience);

        await page.Find("[data-testid=generate-hostname]").ClickAsync(new());

        page.WaitForAssertion(() => page.Find("[data-testid=generated-hostname] a").TextContent.ShouldBe("shop.default.203.0.113.10.sslip.io"), Patience);
        page.Find("[data-testid=ingress-hosts]").TextContent.ShouldContain("generated");
        page.FindAll("[data-testid=generate-hostname]").ShouldBeEmpty();
        (await Client.NetworkingV1.ReadNamespacedIngressAsync("shop", "default", cancellationToken: Ct)).Spec.Rules[0].Host.ShouldBe("shop.default.203.0.113.10.sslip.io");
    }

    [Fact]
    public async Task TheIngressListRowOffersGenerateHostnameAndShowsTheResult()
    {
        await StartAsync(Roles.Operator);
        await CreateIngressAsync("shop", null, "nginx");
        await CreateIngressAsync("typed", "shop.example.com", "nginx");
        var list = Render<Dashboard.Web.Components.Ingresses.IngressList>(p => p.Add(c => c.ClusterId, ClusterId));
        list.WaitForAssertion(() => list.Find("[aria-label='Generate hostname for default/shop']"), Patience);
        list.FindAll("[aria-label='Generate hostname for default/typed']").ShouldBeEmpty();

        await list.Find("[aria-label='Generate hostname for default/shop']").ClickAsync(new());

        list.WaitForAssertion(() => list.Markup.ShouldContain("shop.default.203.0.113.10.sslip.io"), Patience);
        list.FindAll("[aria-label='Generate hostname for default/shop']").ShouldBeEmpty();
    }

    [Fact]
    public async Task APlaceholderWaitsForTheLoadBalancerAndIsFilledInWhileThePageIsOpen()
    {
        await StartAsync(Roles.Viewer);
        await StartReconcilerAsync();
        // A class nothing in the sandbox serves: no address until one is patched in, as from an external load balancer.
        await CreateIngressAsync("later", "sslip.io", "external");
        var page = RenderIngressPage("later");
        page.WaitForAssertion(() => page.Find("[data-testid=hostname-waiting]").TextContent.ShouldContain("Waiting for the load balancer"), Patience);

        await Client.NetworkingV1.PatchNamespacedIngressStatusAsync(
            new V1Patch("""{"status":{"loadBalancer":{"ingress":[{"ip":"198.51.100.40"}]}}}""", V1Patch.PatchType.MergePatch), "later", "default", cancellationToken: Ct);

        page.WaitForAssertion(() => page.Find("[data-testid=generated-hostname] a").TextContent.ShouldBe("later.default.198.51.100.40.sslip.io"), Patience);
        page.FindAll("[data-testid=hostname-waiting]").ShouldBeEmpty();
    }

    [Fact]
    public async Task OnEksThePanelGivesTheCnameRecordInsteadOfAName()
    {
        await StartAsync(Roles.Operator, profile: "eks");
        await CreateIngressAsync("shop", "sslip.io", "alb");

        var page = RenderIngressPage("shop");

        page.WaitForAssertion(() => page.Find("[data-testid=hostname-cname]").TextContent.ShouldMatch(@"^your\.domain\. CNAME .*\.elb\.amazonaws\.com\.$"), Patience);
        page.FindAll("[data-testid=generate-hostname]").ShouldBeEmpty();
        page.FindAll("[data-testid=generated-hostname]").ShouldBeEmpty();
        page.FindAll("[data-testid=cname-record]").ShouldBeEmpty(); // said once, in the panel
        page.Find("[data-testid=dns-guidance]").TextContent.ShouldContain("Create the CNAME record shown above.");
    }

    [Fact]
    public async Task AViewerSeesTheStateButNoButton()
    {
        await StartAsync(Roles.Viewer);
        await CreateIngressAsync("shop", null, "nginx");

        var page = RenderIngressPage("shop");

        page.WaitForAssertion(() => page.Find("[data-testid=hostname-none]").TextContent.ShouldContain("No rule uses a generated hostname yet"), Patience);
        page.FindAll("[data-testid=generate-hostname]").ShouldBeEmpty();
    }

    [Fact]
    public async Task TheHostsATypedHostnameAreNeverOfferedForGeneration()
    {
        await StartAsync(Roles.Operator);
        await CreateIngressAsync("typed", "shop.example.com", "nginx");

        var page = RenderIngressPage("typed");

        page.WaitForAssertion(() => page.Find("[data-testid=hostname-none]").TextContent.ShouldContain("never changes those"), Patience);
        page.FindAll("[data-testid=generate-hostname]").ShouldBeEmpty();
        page.Find("[data-testid=hostname-disclaimer]").TextContent.ShouldContain("for development and demos: one address, no failover");
    }
}
