using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Client;

/// <summary>Ingresses and the rke-custom ingress controller that publishes every node's external IP.</summary>
public sealed class IngressTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static readonly string[] NodeIps = ["203.0.113.10", "203.0.113.11", "203.0.113.12"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private INetworkingV1Operations Networking => sandbox.Client.NetworkingV1;

    [Fact]
    public async Task AnIngressOfClassNginxGetsTheThreeNodeIpsInItsStatus()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Networking.CreateNamespacedIngressAsync(Objects.Ingress("web", "web.example.com", "nginx"), ns, cancellationToken: Ct);

        var ingress = await Eventually.ReturnsAsync(
            () => Networking.ReadNamespacedIngressAsync("web", ns, cancellationToken: Ct), i => Objects.Ips(i.Status.LoadBalancer).Any(), Ct);

        Objects.Ips(ingress.Status.LoadBalancer).ShouldBe(NodeIps);
    }

    [Fact]
    public async Task AnIngressWithoutAClassGetsTheDefaultClassAndAnAddress()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var created = await Networking.CreateNamespacedIngressAsync(Objects.Ingress("web", "web.example.com"), ns, cancellationToken: Ct);

        var ingress = await Eventually.ReturnsAsync(
            () => Networking.ReadNamespacedIngressAsync("web", ns, cancellationToken: Ct), i => Objects.Ips(i.Status.LoadBalancer).Any(), Ct);

        created.Spec.IngressClassName.ShouldBe("nginx");
        Objects.Ips(ingress.Status.LoadBalancer).ShouldBe(NodeIps);
    }

    [Fact]
    public async Task AnIngressWithTheLegacyClassAnnotationIsServedToo()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var annotations = new Dictionary<string, string> { ["kubernetes.io/ingress.class"] = "nginx" };
        var created = await Networking.CreateNamespacedIngressAsync(Objects.Ingress("legacy", "legacy.example.com", annotations: annotations), ns, cancellationToken: Ct);

        var ingress = await Eventually.ReturnsAsync(
            () => Networking.ReadNamespacedIngressAsync("legacy", ns, cancellationToken: Ct), i => Objects.Ips(i.Status.LoadBalancer).Any(), Ct);

        created.Spec.IngressClassName.ShouldBeNull();
        Objects.Ips(ingress.Status.LoadBalancer).ShouldBe(NodeIps);
    }

    [Fact]
    public async Task AnIngressOfAnotherClassGetsNoAddress()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var created = await Networking.CreateNamespacedIngressAsync(Objects.Ingress("web", "web.example.com", "traefik"), ns, cancellationToken: Ct);

        await Task.Delay(300, Ct);
        var later = await Networking.ReadNamespacedIngressAsync("web", ns, cancellationToken: Ct);

        later.Status.LoadBalancer.Ingress.ShouldBeNull();
        later.Metadata.ResourceVersion.ShouldBe(created.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task StatusWritesKeepTheSpecAndMainWritesKeepTheStatus()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var created = await Networking.CreateNamespacedIngressAsync(Objects.Ingress("web", "web.example.com", "manual"), ns, cancellationToken: Ct);
        created.Spec.Rules[0].Host = "changed-by-status-write.example.com";
        created.Status = new V1IngressStatus { LoadBalancer = new V1IngressLoadBalancerStatus { Ingress = [new V1IngressLoadBalancerIngress { Ip = "192.0.2.7" }] } };

        var afterStatus = await Networking.ReplaceNamespacedIngressStatusAsync(created, "web", ns, cancellationToken: Ct);
        var mainPatch = new V1Patch("""{"spec":{"tls":[{"hosts":["web.example.com"]}]},"status":{"loadBalancer":{"ingress":[{"ip":"192.0.2.99"}]}}}""", V1Patch.PatchType.MergePatch);
        var afterMain = await Networking.PatchNamespacedIngressAsync(mainPatch, "web", ns, cancellationToken: Ct);

        afterStatus.Spec.Rules.Single().Host.ShouldBe("web.example.com");
        Objects.Ips(afterStatus.Status.LoadBalancer).ShouldBe(["192.0.2.7"]);
        afterMain.Spec.Tls.ShouldHaveSingleItem().Hosts.ShouldBe(["web.example.com"]);
        Objects.Ips(afterMain.Status.LoadBalancer).ShouldBe(["192.0.2.7"]);
        afterMain.Metadata.Generation.ShouldBe(2);
    }

    [Fact]
    public async Task AnIngressRoundTripsThroughUpdateAndDelete()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var created = await Networking.CreateNamespacedIngressAsync(Objects.Ingress("web", "web.example.com", "manual"), ns, cancellationToken: Ct);
        created.Spec.Rules[0].Host = "www.example.com";

        var updated = await Networking.ReplaceNamespacedIngressAsync(created, "web", ns, cancellationToken: Ct);
        await Networking.DeleteNamespacedIngressAsync("web", ns, cancellationToken: Ct);
        var remaining = await Networking.ListNamespacedIngressAsync(ns, cancellationToken: Ct);

        updated.Spec.Rules.Single().Host.ShouldBe("www.example.com");
        updated.Metadata.Generation.ShouldBe(2);
        remaining.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnIngressPathWithoutPathTypeIsInvalid()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var ingress = Objects.Ingress("web", "web.example.com");
        ingress.Spec.Rules[0].Http.Paths[0].PathType = null;

        var (_, reason, message) = await ApiError.Of(() => Networking.CreateNamespacedIngressAsync(ingress, ns, cancellationToken: Ct));

        reason.ShouldBe("Invalid");
        message.ShouldBe("Ingress.networking.k8s.io \"web\" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified");
    }
}
