using Dashboard.Kubernetes.Resources;
using Dashboard.Sandbox;
using k8s;

namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>Sorting, namespace filter, search and paging of the cached lists.</summary>
public sealed class ResourceQueryTests : IAsyncLifetime
{
    private CachingHost host = default!;
    private Guid id;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        host = await CachingHost.StartAsync();
        SandboxCluster sandbox;
        (id, sandbox) = await host.AddClusterAsync("queried");
        var client = host.ClientFor(sandbox);
        foreach (var ns in new[] { "shop", "blog", "paging" })
            await client.CreateNamespaceAsync(ns);
        await client.CreateServiceAsync("shop", "web", "LoadBalancer");
        await client.CreateServiceAsync("shop", "api");
        await client.CreateServiceAsync("blog", "web");
        for (var i = 0; i < 12; i++)
            await client.CreateServiceAsync("paging", $"svc-{i:00}");
        await client.CreateIngressAsync("shop", "storefront", "shop.example.com");
        await client.CreateIngressAsync("blog", "posts", "blog.example.org");
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    private Task<ResourcePage<ServiceInfo>> ServicesAsync(ResourceQuery query) => host.Resources.ServicesAsync(id, query, Cancel);

    [Fact]
    public async Task ServicesComeSortedByNamespaceThenName()
    {
        var all = await ServicesAsync(new ResourceQuery(Take: 500));

        all.Total.ShouldBe(16);
        all.Items.Select(s => $"{s.Namespace}/{s.Name}").ShouldBe(all.Items.Select(s => $"{s.Namespace}/{s.Name}").Order(StringComparer.Ordinal));
        all.Items.Select(s => s.Namespace).Distinct().ShouldBe(["blog", "default", "paging", "shop"]);
    }

    [Fact]
    public async Task PagingSkipsAndTakesAfterFilteringAndClampsTheWindow()
    {
        var page = await ServicesAsync(new ResourceQuery("paging", Skip: 5, Take: 5));

        page.Items.Select(s => s.Name).ShouldBe(["svc-05", "svc-06", "svc-07", "svc-08", "svc-09"]);
        page.Total.ShouldBe(12);
        (await ServicesAsync(new ResourceQuery("paging", Skip: 10, Take: 5))).Items.Count.ShouldBe(2);
        (await ServicesAsync(new ResourceQuery("paging", Take: 0))).Items.ShouldHaveSingleItem().Name.ShouldBe("svc-00");
        (await ServicesAsync(new ResourceQuery(Skip: -3, Take: 10_000))).Items.Count.ShouldBe(16);
    }

    [Fact]
    public async Task SearchIsACaseInsensitiveSubstringOfNameNamespaceAndType()
    {
        (await ServicesAsync(new ResourceQuery(Search: "WEB"))).Items.Select(s => $"{s.Namespace}/{s.Name}").ShouldBe(["blog/web", "shop/web"]);
        (await ServicesAsync(new ResourceQuery(Search: "loadbalancer"))).Items.ShouldHaveSingleItem().Name.ShouldBe("web");
        (await ServicesAsync(new ResourceQuery(Search: "shop"))).Total.ShouldBe(2);
        (await ServicesAsync(new ResourceQuery("blog", Search: "web"))).Total.ShouldBe(1);
        (await ServicesAsync(new ResourceQuery(Search: "no-such-thing"))).Total.ShouldBe(0);
    }

    [Fact]
    public async Task IngressSearchCoversHostsAndAddresses()
    {
        var byHost = await host.Resources.IngressesAsync(id, new ResourceQuery(Search: "example.COM"), Cancel);
        byHost.Items.ShouldHaveSingleItem().Name.ShouldBe("storefront");

        // The rke-custom controller gives every ingress the nodes' external IPs.
        var byAddress = await Eventually.ReturnsAsync(() => host.Resources.IngressesAsync(id, new ResourceQuery(Search: "203.0.113.11"), Cancel), p => p.Total == 2);
        byAddress.Items.Select(i => i.Name).ShouldBe(["posts", "storefront"]);
        (await host.Resources.IngressesAsync(id, new ResourceQuery("blog"), Cancel)).Items.ShouldHaveSingleItem().Name.ShouldBe("posts");
    }

    [Fact]
    public async Task NamespacesAreListedByName()
    {
        var namespaces = await host.Resources.NamespacesAsync(id, Cancel);

        namespaces.ShouldBe(["blog", "default", "ingress-nginx", "kube-public", "kube-system", "paging", "shop"]);
    }
}
