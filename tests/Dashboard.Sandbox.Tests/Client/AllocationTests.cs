using System.Net;
using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.Client;

/// <summary>Cluster IPs and node ports, unique cluster-wide; LoadBalancers on rke-custom stay pending.</summary>
public sealed class AllocationTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ICoreV1Operations Core => sandbox.Client.CoreV1;

    [Fact]
    public async Task ConcurrentNodePortServicesGetDistinctPortsAndClusterIps()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var services = await Task.WhenAll(Enumerable.Range(0, 25).Select(i =>
            Core.CreateNamespacedServiceAsync(Objects.Service($"svc-{i}", "NodePort"), ns, cancellationToken: Ct)));

        var nodePorts = services.Select(s => s.Spec.Ports.Single().NodePort!.Value).ToList();
        nodePorts.ShouldAllBe(port => port >= 30000 && port <= 32767);
        nodePorts.Distinct().Count().ShouldBe(25);
        services.Select(s => s.Spec.ClusterIP).Distinct().Count().ShouldBe(25);
    }

    [Fact]
    public async Task RequestingATakenNodePortIsInvalid()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var first = await Core.CreateNamespacedServiceAsync(Objects.Service("first", "NodePort"), ns, cancellationToken: Ct);
        var taken = first.Spec.Ports.Single().NodePort!.Value;

        var (code, _, message) = await ApiError.Of(() =>
            Core.CreateNamespacedServiceAsync(Objects.Service("second", "NodePort", nodePort: taken), ns, cancellationToken: Ct));

        code.ShouldBe(HttpStatusCode.UnprocessableEntity);
        message.ShouldBe($"Service \"second\" is invalid: spec.ports[0].nodePort: Invalid value: {taken}: provided port is already allocated");
    }

    [Fact]
    public async Task ADeletedServiceFreesItsNodePort()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var first = await Core.CreateNamespacedServiceAsync(Objects.Service("first", "NodePort"), ns, cancellationToken: Ct);
        var port = first.Spec.Ports.Single().NodePort!.Value;
        await Core.DeleteNamespacedServiceAsync("first", ns, cancellationToken: Ct);

        var second = await Core.CreateNamespacedServiceAsync(Objects.Service("second", "NodePort", nodePort: port), ns, cancellationToken: Ct);

        second.Spec.Ports.Single().NodePort.ShouldBe(port);
    }

    [Fact]
    public async Task ANodePortOutsideTheRangeIsInvalid()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var (_, _, message) = await ApiError.Of(() =>
            Core.CreateNamespacedServiceAsync(Objects.Service("web", "NodePort", nodePort: 8080), ns, cancellationToken: Ct));

        message.ShouldContain("spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767");
    }

    [Fact]
    public async Task AnUpdateWithoutClusterIpOrNodePortKeepsTheAllocatedOnes()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var created = await Core.CreateNamespacedServiceAsync(Objects.Service("web", "NodePort"), ns, cancellationToken: Ct);
        var replacement = Objects.Service("web", "NodePort");
        replacement.Metadata.ResourceVersion = created.Metadata.ResourceVersion;

        var updated = await Core.ReplaceNamespacedServiceAsync(replacement, "web", ns, cancellationToken: Ct);

        updated.Spec.ClusterIP.ShouldBe(created.Spec.ClusterIP);
        updated.Spec.Ports.Single().NodePort.ShouldBe(created.Spec.Ports.Single().NodePort);
    }

    [Fact]
    public async Task ALoadBalancerServiceStaysPendingButGetsNodePorts()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var created = await Core.CreateNamespacedServiceAsync(Objects.Service("lb", "LoadBalancer"), ns, cancellationToken: Ct);

        // Give the profile's controller time to act, were it going to.
        await Task.Delay(300, Ct);
        var later = await Core.ReadNamespacedServiceAsync("lb", ns, cancellationToken: Ct);

        created.Spec.Ports.Single().NodePort.ShouldNotBeNull();
        later.Status.LoadBalancer.Ingress.ShouldBeNull();
        later.Metadata.ResourceVersion.ShouldBe(created.Metadata.ResourceVersion);
    }
}
