using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Cluster;

/// <summary>kubectl get prints the columns the API server's printers define (and -o wide the priority-1 ones).</summary>
public sealed class ClusterTableTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private KubectlRunner Kubectl => new(sandbox);

    [Theory]
    [InlineData("nodes", "NAME STATUS ROLES AGE VERSION")]
    [InlineData("namespaces", "NAME STATUS AGE")]
    [InlineData("ingressclasses", "NAME CONTROLLER PARAMETERS AGE")]
    public async Task ClusterScopedKindsPrintTheServersColumns(string resource, string header)
    {
        var result = await Kubectl.RunAsync(Ct, "get", resource);

        result.ExitCode.ShouldBe(0, result.Error);
        Words(result.Lines[0]).ShouldBe(header);
    }

    [Fact]
    public async Task WideNodesAddTheAddressesAndTheSystemInfo()
    {
        var result = await Kubectl.RunAsync(Ct, "get", "nodes", "-o", "wide");

        result.ExitCode.ShouldBe(0, result.Error);
        Words(result.Lines[0]).ShouldBe("NAME STATUS ROLES AGE VERSION INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION CONTAINER-RUNTIME");
        result.Lines[1].ShouldContain("203.0.113.10");
        result.Lines[1].ShouldContain("docker://26.1.5");
    }

    [Fact]
    public async Task NamespacedKindsPrintTheServersColumns()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Pods.Service("web"), ns, cancellationToken: Ct);
        await Pods.RunningAsync(sandbox.Client, ns, "web-1", "10.42.2.11", ready: true, Ct);
        await sandbox.Client.CoreV1.CreateNamespacedConfigMapAsync(Objects.ConfigMap("settings"), ns, cancellationToken: Ct);
        await sandbox.Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = "token" }, StringData = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" } }, ns, cancellationToken: Ct);
        await sandbox.Client.NetworkingV1.CreateNamespacedIngressAsync(Objects.Ingress("web", "web.example.com", "nginx"), ns, cancellationToken: Ct);
        await Eventually.ReturnsAsync(
            async () => (await sandbox.Client.CoreV1.ListNamespacedEndpointsAsync(ns, cancellationToken: Ct)).Items.SingleOrDefault()?.Subsets?.Count,
            count => count == 1,
            Ct);

        var expected = new Dictionary<string, (string Header, string Row)>
        {
            ["svc"] = ("NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE", "web ClusterIP"),
            ["ingress"] = ("NAME CLASS HOSTS ADDRESS PORTS AGE", "web nginx web.example.com"),
            ["secret"] = ("NAME TYPE DATA AGE", "token Opaque 2"),
            ["configmap"] = ("NAME DATA AGE", "settings 1"),
            ["endpoints"] = ("NAME ENDPOINTS AGE", "web 10.42.2.11:8080"),
            ["endpointslices"] = ("NAME ADDRESSTYPE PORTS ENDPOINTS AGE", "IPv4 8080 10.42.2.11"),
        };
        foreach (var (resource, (header, row)) in expected)
        {
            var result = await Kubectl.RunAsync(Ct, "get", resource, "-n", ns);

            result.ExitCode.ShouldBe(0, result.Error);
            Words(result.Lines[0]).ShouldBe(header, resource);
            Words(result.Lines.Single(line => !line.StartsWith("kube-root-ca", StringComparison.Ordinal) && line != result.Lines[0])).ShouldContain(row, Case.Sensitive, resource);
        }
    }

    [Fact]
    public async Task WideServicesAddTheSelector()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Pods.Service("web"), ns, cancellationToken: Ct);

        var result = await Kubectl.RunAsync(Ct, "get", "svc", "-n", ns, "-o", "wide");

        result.ExitCode.ShouldBe(0, result.Error);
        Words(result.Lines[0]).ShouldBe("NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE SELECTOR");
        Words(result.Lines[1]).ShouldEndWith("app=web");
        Words(result.Lines[1]).ShouldContain("<none> 80/TCP");
    }

    [Fact]
    public async Task AnIngressWithManyRulesListsThreeHostsAndCountsTheOtherRules()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var ingress = Objects.Ingress("many", "a.example.com", "nginx");
        var rule = ingress.Spec.Rules[0];
        ingress.Spec.Rules = [rule, Rule(rule, "b.example.com"), Rule(rule, "c.example.com"), Rule(rule, "d.example.com"), Rule(rule, null)];
        await sandbox.Client.NetworkingV1.CreateNamespacedIngressAsync(ingress, ns, cancellationToken: Ct);

        var result = await Kubectl.RunAsync(Ct, "get", "ingress", "many", "-n", ns);

        result.ExitCode.ShouldBe(0, result.Error);
        Words(result.Lines[1]).ShouldStartWith("many nginx a.example.com,b.example.com,c.example.com + 2 more...");
    }

    [Fact]
    public async Task TheTableDeclaresTheColumnsAsThePrintersDo()
    {
        using var http = sandbox.CreateHttpClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/namespaces/default/secrets");
        request.Headers.Accept.ParseAdd("application/json;as=Table;v=v1;g=meta.k8s.io");

        using var response = await http.SendAsync(request, Ct);
        using var table = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var columns = table.RootElement.GetProperty("columnDefinitions").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString(), c.GetProperty("type").GetString(), c.GetProperty("priority").GetInt32()))
            .ToList();

        columns.ShouldBe([("Name", "string", 0), ("Type", "string", 0), ("Data", "string", 0), ("Age", "string", 0)]);
    }

    private static V1IngressRule Rule(V1IngressRule template, string? host) => new() { Host = host, Http = template.Http };

    private static string Words(string line) => Regex.Replace(line.Trim(), @"\s+", " ");
}
