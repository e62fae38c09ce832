using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.Kubectl;

/// <summary>kubectl as the referee: what it prints when it reads from the sandbox.</summary>
public sealed class KubectlReadTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    /// <summary>Made inside each test, so a missing kubectl skips the test rather than failing the class.</summary>
    private KubectlRunner Kubectl => new(sandbox);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetNodesPrintsTheRkeNodesWithRolesAndVersion()
    {
        var result = await Kubectl.RunAsync(Ct, "get", "nodes");

        result.ExitCode.ShouldBe(0, result.Error);
        Columns(result.Lines[0]).ShouldBe(["NAME", "STATUS", "ROLES", "AGE", "VERSION"]);
        Columns(result.Lines[1]).ShouldBe(["rke-custom-node-1", "Ready", "controlplane,etcd,worker", Columns(result.Lines[1])[3], "v1.32.4"]);
        result.Lines.Skip(2).Select(line => Columns(line)[2]).ShouldBe(["worker", "worker"]);
    }

    [Fact]
    public async Task GetIngressAcrossNamespacesShowsClassHostAndTheNodeAddresses()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.NetworkingV1.CreateNamespacedIngressAsync(Objects.Ingress("web", "web.example.com", "nginx"), ns, cancellationToken: Ct);
        await Eventually.ReturnsAsync(() => sandbox.Client.NetworkingV1.ReadNamespacedIngressAsync("web", ns, cancellationToken: Ct), i => Objects.Ips(i.Status.LoadBalancer).Any(), Ct);

        var result = await Kubectl.RunAsync(Ct, "get", "ingress", "-A");

        result.ExitCode.ShouldBe(0, result.Error);
        Columns(result.Lines[0]).ShouldBe(["NAMESPACE", "NAME", "CLASS", "HOSTS", "ADDRESS", "PORTS", "AGE"]);
        var row = Columns(result.Lines.Single(line => line.StartsWith(ns, StringComparison.Ordinal)));
        row.Take(6).ShouldBe([ns, "web", "nginx", "web.example.com", "203.0.113.10,203.0.113.11,203.0.113.12", "80"]);
    }

    [Fact]
    public async Task GetServicesAsJsonIsAListOfServices()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("web", "NodePort"), ns, cancellationToken: Ct);

        var result = await Kubectl.RunAsync(Ct, "get", "svc", "-n", ns, "-o", "json");
        using var list = JsonDocument.Parse(result.Output);

        result.ExitCode.ShouldBe(0, result.Error);
        list.RootElement.GetProperty("kind").GetString().ShouldBe("List");
        var item = list.RootElement.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("kind").GetString().ShouldBe("Service");
        item.GetProperty("spec").GetProperty("type").GetString().ShouldBe("NodePort");
    }

    [Fact]
    public async Task GetServicesPrintsTypeClusterIpAndNodePorts()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var created = await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("lb", "LoadBalancer"), ns, cancellationToken: Ct);

        var result = await Kubectl.RunAsync(Ct, "get", "svc", "-n", ns);

        Columns(result.Lines[0]).ShouldBe(["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"]);
        Columns(result.Lines[1]).Take(5).ShouldBe(["lb", "LoadBalancer", created.Spec.ClusterIP, "<pending>", $"80:{created.Spec.Ports[0].NodePort}/TCP"]);
    }

    [Fact]
    public async Task WatchingServicesPrintsAddedAndDeletedEvents()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await using var watch = Kubectl.Start("get", "svc", "-n", ns, "-w", "--output-watch-events");

        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("watched"), ns, cancellationToken: Ct);
        var added = await watch.WaitForLineAsync(line => line.Contains("watched", StringComparison.Ordinal), Ct);
        await sandbox.Client.CoreV1.DeleteNamespacedServiceAsync("watched", ns, cancellationToken: Ct);
        var deleted = await watch.WaitForLineAsync(line => line.StartsWith("DELETED", StringComparison.Ordinal), Ct);

        Columns(added)[..3].ShouldBe(["ADDED", "watched", "ClusterIP"]);
        Columns(deleted)[1].ShouldBe("watched");
    }

    [Fact]
    public async Task DescribeNodeWorksBecausePodsAreServedEvenThoughNoneRun()
    {
        var result = await Kubectl.RunAsync(Ct, "describe", "node", "rke-custom-node-2");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("ExternalIP:  203.0.113.11");
        result.Output.ShouldContain("(0 in total)");
    }

    [Fact]
    public async Task AMissingObjectIsTheServersNotFoundError()
    {
        var result = await Kubectl.RunAsync(Ct, "get", "svc", "no-such-service");

        result.ExitCode.ShouldBe(1);
        result.Error.Trim().ShouldBe("Error from server (NotFound): services \"no-such-service\" not found");
    }

    private static string[] Columns(string line) => Regex.Split(line.Trim(), @"\s{2,}|\s+(?=\S)").Where(c => c.Length > 0).ToArray();
}
