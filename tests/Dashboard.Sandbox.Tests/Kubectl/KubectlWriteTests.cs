using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.Kubectl;

/// <summary>kubectl as the referee: create, apply (client- and server-side), patch status, delete.</summary>
public sealed class KubectlWriteTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    /// <summary>Made inside each test, so a missing kubectl skips the test rather than failing the class.</summary>
    private KubectlRunner Kubectl => new(sandbox);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateFromStdinMakesTheObject()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(ServiceYaml(ns, port: 80), Ct, "create", "-f", "-", "--validate=false");
        var service = await sandbox.Client.CoreV1.ReadNamespacedServiceAsync("web", ns, cancellationToken: Ct);

        result.Output.Trim().ShouldBe("service/web created", result.Error);
        service.Spec.Ports.Single().Port.ShouldBe(80);
    }

    [Fact]
    public async Task ApplyCreatesThenConfiguresThroughAStrategicMergePatch()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var created = await Kubectl.RunAsync(ServiceYaml(ns, port: 80), Ct, "apply", "-f", "-", "--validate=false");
        var configured = await Kubectl.RunAsync(ServiceYaml(ns, port: 81), Ct, "apply", "-f", "-", "--validate=false");
        var unchanged = await Kubectl.RunAsync(ServiceYaml(ns, port: 81), Ct, "apply", "-f", "-", "--validate=false");
        var service = await sandbox.Client.CoreV1.ReadNamespacedServiceAsync("web", ns, cancellationToken: Ct);

        created.Output.Trim().ShouldBe("service/web created", created.Error);
        configured.Output.Trim().ShouldBe("service/web configured", configured.Error);
        unchanged.Output.Trim().ShouldBe("service/web unchanged", unchanged.Error);
        service.Spec.Ports.ShouldHaveSingleItem().Port.ShouldBe(81);
    }

    [Fact]
    public async Task ServerSideApplyCreatesAndUpdates()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var first = await Kubectl.RunAsync(ServiceYaml(ns, port: 80), Ct, "apply", "--server-side", "-f", "-", "--validate=false");
        var second = await Kubectl.RunAsync(ServiceYaml(ns, port: 80, labels: "tier: front"), Ct, "apply", "--server-side", "-f", "-", "--validate=false");
        var service = await sandbox.Client.CoreV1.ReadNamespacedServiceAsync("web", ns, cancellationToken: Ct);

        first.Output.Trim().ShouldBe("service/web serverside-applied", first.Error);
        second.ExitCode.ShouldBe(0, second.Error);
        service.Metadata.Labels["tier"].ShouldBe("front");
    }

    [Fact]
    public async Task PatchingIngressStatusThroughTheSubresourceChangesOnlyStatus()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.NetworkingV1.CreateNamespacedIngressAsync(Objects.Ingress("web", "web.example.com", "manual"), ns, cancellationToken: Ct);

        var result = await Kubectl.RunAsync(Ct, "patch", "ingress", "web", "-n", ns, "--subresource=status", "--type=merge",
            "-p", """{"status":{"loadBalancer":{"ingress":[{"ip":"192.0.2.10"}]}},"spec":{"rules":[]}}""");
        var ingress = await sandbox.Client.NetworkingV1.ReadNamespacedIngressAsync("web", ns, cancellationToken: Ct);

        result.Output.Trim().ShouldBe("ingress.networking.k8s.io/web patched", result.Error);
        Objects.Ips(ingress.Status.LoadBalancer).ShouldBe(["192.0.2.10"]);
        ingress.Spec.Rules.ShouldHaveSingleItem().Host.ShouldBe("web.example.com");
    }

    [Fact]
    public async Task DeleteRemovesTheObject()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct);

        var result = await Kubectl.RunAsync(Ct, "delete", "svc", "web", "-n", ns);
        var remaining = await sandbox.Client.CoreV1.ListNamespacedServiceAsync(ns, cancellationToken: Ct);

        result.Output.Trim().ShouldBe("service \"web\" deleted", result.Error);
        remaining.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnInvalidObjectIsRefusedWithTheValidatorsMessage()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(ServiceYaml(ns, port: 70000), Ct, "create", "-f", "-", "--validate=false");

        result.ExitCode.ShouldBe(1);
        result.Error.Trim().ShouldBe("The Service \"web\" is invalid: spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive");
    }

    private static string ServiceYaml(string ns, int port, string? labels = null) => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: {ns}
          labels:
            app: web
            {labels ?? string.Empty}
        spec:
          selector:
            app: web
          ports:
          - name: http
            port: {port}
            targetPort: 8080
        """;
}
