using Dashboard.Kubernetes.Gateways.Models;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Routes;
using Dashboard.Kubernetes.Tests.Caching;
using k8s;

namespace Dashboard.Kubernetes.Tests.Gateways;

/// <summary>The caches list and watch GatewayClasses, Gateways and HTTPRoutes of a cluster that serves Gateway API.</summary>
public sealed class GatewayApiCacheTests : IAsyncLifetime
{
    private CachingHost host = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => host = await CachingHost.StartAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Theory]
    [InlineData("gke")]
    [InlineData("eks")]
    public async Task ClassesGatewaysAndRoutesCreatedAfterTheFirstReadAppearAndDeletedRoutesGo(string profile)
    {
        var (id, sandbox) = await host.AddClusterAsync(profile, profile);
        var client = host.ClientFor(sandbox);
        var facts = await host.Resources.FactsAsync(id, Cancel);
        facts.ServesGatewayApi.ShouldBeTrue();

        await client.CreateNamespaceAsync("infra");
        await client.CreateGatewayClassAsync("test-class", "example.com/test-controller");
        await client.CreateGatewayAsync("infra", "edge", "test-class",
            new V1Listener { Name = "http", Protocol = "HTTP", Port = 80, AllowedRoutes = new() { Namespaces = new() { From = "All" } } });
        await client.CreateServiceAsync("default", "shop");
        await client.CreateHttpRouteAsync("default", "shop", "edge", "shop", "infra", "shop.example.com");

        var routes = await Eventually.ReturnsAsync(
            () => host.Resources.HttpRoutesAsync(id, new ResourceQuery(), Cancel), r => r.Items.Any(i => i.Name == "shop"));
        var route = routes.Items.Single(r => r.Name == "shop");
        route.Hostnames.ShouldBe(["shop.example.com"]);
        var parent = route.Parents.ShouldHaveSingleItem();
        (parent.GatewayNamespace, parent.GatewayName).ShouldBe(("infra", "edge"));
        (await host.Resources.GatewayClassesAsync(id, Cancel)).ShouldContain(c => c.Name == "test-class" && c.Controller == "example.com/test-controller");
        var gateway = await host.Resources.GatewayAsync(id, "infra", "edge", Cancel);
        gateway.ShouldNotBeNull();
        gateway.Controller.ShouldBe("example.com/test-controller");
        gateway.Listeners.ShouldHaveSingleItem().AllowedRoutesFrom.ShouldBe("All");
        gateway.Routes.ShouldContain(r => r.Kind == "HTTPRoute" && r.Name == "shop");
        var detail = await host.Resources.HttpRouteAsync(id, "default", "shop", Cancel);
        detail.ShouldNotBeNull();
        detail.ParentGateways.ShouldHaveSingleItem().Exists.ShouldBeTrue();
        detail.Backends.ShouldHaveSingleItem().Problem.ShouldBeNull();
        (await host.Resources.FactsAsync(id, Cancel)).Gateways.ShouldContain(g => g.Name == "edge" && g.ClassName == "test-class");

        await client.DeleteHttpRouteAsync("default", "shop");

        await Eventually.ReturnsAsync(
            () => host.Resources.HttpRoutesAsync(id, new ResourceQuery(), Cancel), r => r.Items.All(i => i.Name != "shop"));
        (await host.Resources.GatewayAsync(id, "infra", "edge", Cancel))!.Routes.ShouldNotContain(r => r.Name == "shop");
    }

    [Fact]
    public async Task ARouteToAMissingServiceSaysWhichServiceOnItsPage()
    {
        var (id, sandbox) = await host.AddClusterAsync("gke", "gke");
        var client = host.ClientFor(sandbox);
        await host.Resources.FactsAsync(id, Cancel);

        await client.CreateHttpRouteAsync("default", "lost", "nowhere", "ghost");

        var detail = await Eventually.ReturnsAsync<HttpRouteDetail?>(() => host.Resources.HttpRouteAsync(id, "default", "lost", Cancel), d => d is not null);
        detail!.Backends.ShouldHaveSingleItem().Problem.ShouldBe("Service default/ghost does not exist: create it or change the backend.");
        detail.ParentGateways.ShouldHaveSingleItem().Exists.ShouldBeFalse();
    }

    [Fact]
    public async Task TcpRoutesAreReadAtV1Alpha2WhenTheClusterDoesNotServeV1()
    {
        var (id, sandbox) = await host.AddClusterAsync("eks", "eks");
        var client = host.ClientFor(sandbox);
        await host.Resources.FactsAsync(id, Cancel);

        await client.CustomObjects.CreateNamespacedCustomObjectAsync(
            new Dashboard.Kubernetes.Routes.Models.V1StreamRoute
            {
                ApiVersion = "gateway.networking.k8s.io/v1alpha2",
                Metadata = new() { Name = "db", NamespaceProperty = "default" },
                Spec = new() { ParentRefs = [new() { Name = "l4" }], Rules = [new() { BackendRefs = [new() { Name = "postgres", Port = 5432 }] }] },
            },
            GatewayApiObjects.Group, "v1alpha2", "default", "tcproutes", cancellationToken: Cancel);

        var routes = await Eventually.ReturnsAsync(
            () => host.Resources.RoutesAsync(id, RouteKind.Tcp, new ResourceQuery(), Cancel), r => r.Total == 1);
        var route = routes.Items.ShouldHaveSingleItem();
        (route.Kind, route.Name).ShouldBe(("TCPRoute", "db"));
        route.Backends.ShouldHaveSingleItem().Port.ShouldBe(5432);
    }
}
