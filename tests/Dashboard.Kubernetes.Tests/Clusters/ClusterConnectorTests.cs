using System.Net;
using System.Net.Sockets;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Kubernetes.Tests.Clusters;

/// <summary>Connection tests against a real sandbox over HTTP on loopback.</summary>
public class ClusterConnectorTests : IAsyncLifetime
{
    private readonly ClusterConnector connector = new(NullLogger<ClusterConnector>.Instance, LoopbackClusters.Policy());
    private SandboxCluster sandbox = default!;

    public async ValueTask InitializeAsync() => sandbox = await SandboxCluster.StartAsync(new SandboxOptions());

    public async ValueTask DisposeAsync() => await sandbox.DisposeAsync();

    [Fact]
    public async Task AReachableClusterReportsItsVersionAndNodeCount()
    {
        var probe = await connector.ProbeAsync(sandbox.KubeconfigYaml("probe"), "probe", TestContext.Current.CancellationToken);

        probe.Reachable.ShouldBeTrue(probe.Error);
        probe.KubernetesVersion.ShouldStartWith("v1.");
        probe.NodeCount.ShouldBe(3);
    }

    [Fact]
    public async Task AWrongTokenIsReportedAsRefusedCredentials()
    {
        var kubeconfig = sandbox.KubeconfigYaml("probe");
        var token = kubeconfig.Split('\n').Single(l => l.TrimStart().StartsWith("token:", StringComparison.Ordinal)).Split(':', 2)[1].Trim();

        var probe = await connector.ProbeAsync(kubeconfig.Replace(token, "wrong-token", StringComparison.Ordinal), "probe", TestContext.Current.CancellationToken);

        probe.Reachable.ShouldBeFalse();
        probe.Error.ShouldNotBeNull().ShouldContain("refused the credentials (401 Unauthorized)");
    }

    [Fact]
    public async Task AClosedPortIsReportedAsConnectionRefused()
    {
        var kubeconfig = sandbox.KubeconfigYaml("probe").Replace($":{sandbox.Port}", $":{FreePort()}", StringComparison.Ordinal);

        var probe = await connector.ProbeAsync(kubeconfig, "probe", TestContext.Current.CancellationToken);

        probe.Reachable.ShouldBeFalse();
        probe.Error.ShouldNotBeNull().ShouldContain("connection refused");
        probe.Error.ShouldNotBeNull().ShouldContain("Check the server address");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
