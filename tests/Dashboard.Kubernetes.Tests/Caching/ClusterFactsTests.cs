using Dashboard.Kubernetes.Resources;

namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>The facts provider detection and the support observation read, built from the caches.</summary>
public sealed class ClusterFactsTests : IAsyncLifetime
{
    private CachingHost host = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => host = await CachingHost.StartAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task AnRkeCustomClusterHasThreeNodesWithExternalIpsTheDefaultNginxClassAndItsConfigMaps()
    {
        var (id, _) = await host.AddClusterAsync("rke");

        var facts = await host.Resources.FactsAsync(id, Cancel);

        facts.Nodes.Count.ShouldBe(3);
        facts.Nodes.Select(n => n.ExternalIps.ShouldHaveSingleItem()).ShouldBe(["203.0.113.10", "203.0.113.11", "203.0.113.12"]);
        facts.Nodes.ShouldAllBe(n => n.ProviderId == null && n.Labels.ContainsKey("node-role.kubernetes.io/worker"));
        facts.Nodes.ShouldAllBe(n => n.Annotations.ContainsKey("rke.cattle.io/external-ip"));
        facts.Namespaces.ShouldContain("ingress-nginx");
        facts.IngressClasses.ShouldHaveSingleItem().ShouldBe(new Core.Support.IngressClassFacts("nginx", "k8s.io/ingress-nginx", true));
        facts.HasTcpServicesConfigMap.ShouldBeTrue();
        facts.HasUdpServicesConfigMap.ShouldBeTrue();
        facts.HasMetalLbAddressPools.ShouldBeFalse();
        facts.LoadBalancerServices.ShouldBeEmpty();
        facts.Ingresses.ShouldBeEmpty();
    }

    [Fact]
    public async Task LoadBalancerServicesAndIngressesAreListedWithTheirClassAndAddressesInOrder()
    {
        var (id, sandbox) = await host.AddClusterAsync("addressed");
        var client = host.ClientFor(sandbox);
        await host.Resources.FactsAsync(id, Cancel);

        await client.CreateServiceAsync("default", "public", "LoadBalancer");
        await client.CreateServiceAsync("default", "internal");
        await client.CreateIngressAsync("default", "by-default", "a.example.com");
        await client.CreateIngressAsync("default", "by-annotation", "b.example.com", classAnnotation: "nginx");

        var facts = await Eventually.ReturnsAsync(
            () => host.Resources.FactsAsync(id, Cancel),
            f => f.Ingresses.Count == 2 && f.Ingresses.All(i => i.Addresses.Count == 3) && f.Ingresses[0].ClassName is not null);
        var service = facts.LoadBalancerServices.ShouldHaveSingleItem();
        (service.Namespace, service.Name, service.ClassName).ShouldBe(("default", "public", null));
        service.Addresses.ShouldBeEmpty(); // rke-custom has no Layer-4 load balancer: it stays pending
        // One names its class by the legacy annotation; the other got the default class from admission, as on a real server.
        facts.Ingresses.Select(i => (i.Name, i.ClassName)).ShouldBe([("by-annotation", "nginx"), ("by-default", "nginx")]);
        facts.Ingresses[0].Addresses.Select(a => a.Ip).ShouldBe(["203.0.113.10", "203.0.113.11", "203.0.113.12"]);
    }

    [Fact]
    public async Task AMetalLbClusterHasAnAddressPool()
    {
        var (id, _) = await host.AddClusterAsync("metallb", "metallb");

        var facts = await host.Resources.FactsAsync(id, Cancel);

        facts.HasMetalLbAddressPools.ShouldBeTrue();
        facts.Namespaces.ShouldContain("metallb-system");
    }
}
