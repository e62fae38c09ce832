using Dashboard.Kubernetes.Resources;

namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>Changes made outside the dashboard (kubectl) reach the cache through its watches.</summary>
public sealed class CacheFollowsChangesTests : IAsyncLifetime
{
    private const string ShopService = """
        apiVersion: v1
        kind: Service
        metadata:
          name: shop
          namespace: default
        spec:
          type: NodePort
          selector:
            app: shop
          ports:
          - name: http
            port: 80
            targetPort: 8080
        """;

    private const string ShopIngress = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: shop
          namespace: default
        spec:
          ingressClassName: nginx
          rules:
          - host: shop.example.com
            http:
              paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: shop
                    port:
                      number: 80
        """;

    private CachingHost host = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => host = await CachingHost.StartAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task AServiceAppliedWithKubectlAppearsInTheCacheAndSubscribersAreTold()
    {
        var (id, sandbox) = await host.AddClusterAsync("watched");
        using var kubectl = await KubectlApply.ForAsync(sandbox);
        (await host.Resources.ServicesAsync(id, new ResourceQuery(), Cancel)).Items.ShouldNotContain(s => s.Name == "shop");
        var told = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = host.Resources.Subscribe(id, () => told.TrySetResult());

        await kubectl.ApplyAsync(ShopService);

        var page = await Eventually.ReturnsAsync(() => host.Resources.ServicesAsync(id, new ResourceQuery(Search: "shop"), Cancel), p => p.Total == 1);
        var shop = page.Items.ShouldHaveSingleItem();
        (shop.Namespace, shop.Type).ShouldBe(("default", "NodePort"));
        var port = shop.Ports.ShouldHaveSingleItem();
        (port.Name, port.Port, port.Protocol, port.TargetPort).ShouldBe(("http", 80, "TCP", "8080"));
        port.NodePort.ShouldNotBeNull();
        shop.Selector.ShouldHaveSingleItem().ShouldBe(new KeyValuePair<string, string>("app", "shop"));
        await told.Task.WaitAsync(TimeSpan.FromSeconds(5), Cancel);
    }

    [Fact]
    public async Task AnIngressAppliedWithKubectlAppearsWithItsAddressesAndLeavesWhenDeleted()
    {
        var (id, sandbox) = await host.AddClusterAsync("routed");
        using var kubectl = await KubectlApply.ForAsync(sandbox);
        (await host.Resources.IngressesAsync(id, new ResourceQuery(), Cancel)).Total.ShouldBe(0);

        await kubectl.ApplyAsync(ShopIngress);

        // The rke-custom controller publishes every node's external IP in the ingress status.
        var page = await Eventually.ReturnsAsync(() => host.Resources.IngressesAsync(id, new ResourceQuery(), Cancel), p => p.Items.Any(i => i.Addresses.Count == 3));
        var shop = page.Items.ShouldHaveSingleItem();
        (shop.ClassName, shop.Hosts.ShouldHaveSingleItem()).ShouldBe(("nginx", "shop.example.com"));
        shop.Addresses.Select(a => a.Ip).ShouldAllBe(ip => ip!.StartsWith("203.0.113.", StringComparison.Ordinal));
        shop.Paths.ShouldHaveSingleItem().ShouldBe(new IngressPathInfo("shop.example.com", "/", "Prefix", "shop", "80"));

        await kubectl.DeleteAsync(ShopIngress);

        (await Eventually.ReturnsAsync(() => host.Resources.IngressesAsync(id, new ResourceQuery(), Cancel), p => p.Total == 0)).Total.ShouldBe(0);
    }
}
