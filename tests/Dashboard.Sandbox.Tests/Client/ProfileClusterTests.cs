using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.Client;

/// <summary>What the rke-custom profile puts in a fresh cluster.</summary>
public sealed class ProfileClusterTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheClusterHasThreeRkeNodesWithExternalIps()
    {
        var nodes = await sandbox.Client.CoreV1.ListNodeAsync(cancellationToken: Ct);

        nodes.Items.Select(n => n.Metadata.Name).ShouldBe(["rke-custom-node-1", "rke-custom-node-2", "rke-custom-node-3"]);
        nodes.Items.Select(n => n.Status.Addresses.Single(a => a.Type == "ExternalIP").Address)
            .ShouldBe(["203.0.113.10", "203.0.113.11", "203.0.113.12"]);
        nodes.Items.ShouldAllBe(n => n.Metadata.Annotations["rke.cattle.io/external-ip"] == n.Status.Addresses.Single(a => a.Type == "ExternalIP").Address);
        nodes.Items.ShouldAllBe(n => n.Metadata.Labels["node-role.kubernetes.io/worker"] == "true" && n.Spec.ProviderID == null);
        nodes.Items[0].Metadata.Labels.ShouldContainKey("node-role.kubernetes.io/controlplane");
        nodes.Items.ShouldAllBe(n => n.Status.Conditions.Any(c => c.Type == "Ready" && c.Status == "True"));
    }

    [Fact]
    public async Task TheClusterHasTheRkeNamespacesAndTheKubernetesService()
    {
        var namespaces = await sandbox.Client.CoreV1.ListNamespaceAsync(cancellationToken: Ct);
        var kubernetes = await sandbox.Client.CoreV1.ReadNamespacedServiceAsync("kubernetes", "default", cancellationToken: Ct);

        namespaces.Items.Select(n => n.Metadata.Name).ShouldContain("ingress-nginx");
        new[] { "default", "kube-system", "kube-public" }.ShouldBeSubsetOf(namespaces.Items.Select(n => n.Metadata.Name));
        namespaces.Items.ShouldAllBe(n => n.Status.Phase == "Active");
        kubernetes.Spec.ClusterIP.ShouldBe("10.43.0.1");
        kubernetes.Spec.Ports.Single().Port.ShouldBe(443);
    }

    [Fact]
    public async Task IngressNginxIsTheDefaultClassWithItsTcpAndUdpConfigMaps()
    {
        var nginx = await sandbox.Client.NetworkingV1.ReadIngressClassAsync("nginx", cancellationToken: Ct);
        var configMaps = await sandbox.Client.CoreV1.ListNamespacedConfigMapAsync("ingress-nginx", cancellationToken: Ct);

        nginx.Spec.Controller.ShouldBe("k8s.io/ingress-nginx");
        nginx.Metadata.Annotations["ingressclass.kubernetes.io/is-default-class"].ShouldBe("true");
        configMaps.Items.Select(c => c.Metadata.Name).ShouldBe(["tcp-services", "udp-services"]);
        configMaps.Items.ShouldAllBe(c => c.Data == null || c.Data.Count == 0);
    }

    [Fact]
    public async Task ObjectsCarryUidsTimestampsAndOneClusterWideResourceVersion()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var first = await sandbox.Client.CoreV1.CreateNamespacedConfigMapAsync(Objects.ConfigMap("first"), ns, cancellationToken: Ct);
        var second = await sandbox.Client.NetworkingV1.CreateNamespacedIngressAsync(Objects.Ingress("second", "second.example.com"), ns, cancellationToken: Ct);
        var list = await sandbox.Client.CoreV1.ListNamespacedConfigMapAsync(ns, cancellationToken: Ct);

        first.Metadata.Uid.ShouldNotBeNullOrEmpty();
        first.Metadata.Uid.ShouldNotBe(second.Metadata.Uid);
        first.Metadata.CreationTimestamp.ShouldNotBeNull().ShouldBeInRange(DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        long.Parse(second.Metadata.ResourceVersion).ShouldBeGreaterThan(long.Parse(first.Metadata.ResourceVersion));
        long.Parse(list.Metadata.ResourceVersion).ShouldBeGreaterThanOrEqualTo(long.Parse(second.Metadata.ResourceVersion));
    }
}
