using Dashboard.Core.Auditing;
using Dashboard.Kubernetes.Tests.Caching;
using static Dashboard.Kubernetes.Tests.Hostnames.HostnameLab;

namespace Dashboard.Kubernetes.Tests.Hostnames;

/// <summary>The background reconciler against a real sandbox API server, with kubectl making the changes.</summary>
public class ReconcilingHostnamesTests
{
    // rke-custom's ingress-nginx publishes the external IPs of the three nodes, in this order.
    private const string FirstNodeIp = "203.0.113.10";

    [Fact]
    public async Task APlaceholderHostSetWithKubectlIsFilledInByTheReconciler()
    {
        await using var lab = await StartAsync();
        await lab.StartReconcilerAsync();

        await lab.Kubectl.ApplyAsync(IngressYaml("shop", "nginx", "sslip.io"));

        var expected = $"shop.default.{FirstNodeIp}.sslip.io";
        var ingress = await lab.WaitForAsync("shop", i => i.Spec.Rules[0].Host == expected);
        ingress.Spec.Rules[0].Host.ShouldBe(expected);
        Generated(ingress).ShouldBe(expected);
        var audit = (await lab.AuditAsync(atLeast: 1)).ShouldHaveSingleItem();
        audit.Actor.ShouldBe("system:hostnames");
        audit.Message!.ShouldContain($"sslip.io → {expected}");
    }

    [Fact]
    public async Task AnIngressCreatedBeforeTheDashboardStartedIsFilledInToo()
    {
        await using var lab = await StartAsync();
        await lab.Kubectl.ApplyAsync(IngressYaml("early", "nginx", "sslip.io"));

        await lab.StartReconcilerAsync();

        var ingress = await lab.WaitForAsync("early", i => i.Spec.Rules[0].Host != "sslip.io");
        ingress.Spec.Rules[0].Host.ShouldBe($"early.default.{FirstNodeIp}.sslip.io");
    }

    [Fact]
    public async Task AClusterRegisteredLaterIsFollowedAtOnceNotAtTheNextSweep()
    {
        await using var lab = await StartAsync();
        lab.Options.ReconcileSweep = TimeSpan.FromHours(1); // only the first sweep, before the new cluster exists
        await lab.StartReconcilerAsync();

        var (id, kubectl) = await lab.AddClusterAsync("later");
        await kubectl.ApplyAsync(IngressYaml("shop", "nginx", "sslip.io"));

        var host = await Eventually.ReturnsAsync(
            async () => await kubectl.ReadAsync("get", "ingress", "shop", "-n", "default", "-o", "jsonpath={.spec.rules[0].host}"),
            h => h != "sslip.io", timeoutMs: 10_000);
        host.ShouldBe($"shop.default.{FirstNodeIp}.sslip.io");
        id.ShouldNotBe(lab.Id);
    }

    [Fact]
    public async Task WhenTheAddressChangesTheGeneratedHostFollows()
    {
        await using var lab = await StartAsync();
        await lab.StartReconcilerAsync();
        // A class no sandbox controller serves: the status is whatever kubectl patches in, like an external load balancer's.
        await lab.Kubectl.ApplyAsync(IngressYaml("shop", "external", "sslip.io"));
        await PatchAddressAsync(lab, "shop", "198.51.100.20");
        await lab.WaitForAsync("shop", i => i.Spec.Rules[0].Host == "shop.default.198.51.100.20.sslip.io");

        await PatchAddressAsync(lab, "shop", "2001:db8::20");

        var ingress = await lab.WaitForAsync("shop", i => i.Spec.Rules[0].Host == "shop.default.2001-db8--20.sslip.io");
        ingress.Spec.Rules[0].Host.ShouldBe("shop.default.2001-db8--20.sslip.io");
        Generated(ingress).ShouldBe("shop.default.2001-db8--20.sslip.io");
        (await lab.AuditAsync(atLeast: 2)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task AHostTheUserTypedIsNeverTouched()
    {
        await using var lab = await StartAsync();
        await lab.StartReconcilerAsync();
        await lab.Kubectl.ApplyAsync(IngressYaml("typed", "nginx", "shop.example.com", $"typed.default.{FirstNodeIp}.sslip.io", "my.sslip.io"));
        await lab.Kubectl.ApplyAsync(IngressYaml("marker", "nginx", "sslip.io"));

        // Once the reconciler has handled the ingress applied after it, it has long seen the first one.
        await lab.WaitForAsync("marker", i => i.Spec.Rules[0].Host != "sslip.io");
        var typed = await lab.ReadAsync("typed");

        typed.Spec.Rules.Select(r => r.Host).ShouldBe(["shop.example.com", $"typed.default.{FirstNodeIp}.sslip.io", "my.sslip.io"]);
        Generated(typed).ShouldBeEmpty();
        (await lab.AuditAsync(atLeast: 1)).ShouldHaveSingleItem().ObjectName.ShouldBe("marker");
    }

    [Fact]
    public async Task TlsThatListedThePlaceholderListsTheGeneratedName()
    {
        await using var lab = await StartAsync();
        await lab.StartReconcilerAsync();

        await lab.Kubectl.ApplyAsync(IngressYaml("secure", "nginx", "sslip.io") + "  tls:\n  - hosts: [sslip.io, secure.example.com]\n    secretName: secure-tls\n");

        var expected = $"secure.default.{FirstNodeIp}.sslip.io";
        var ingress = await lab.WaitForAsync("secure", i => i.Spec.Rules[0].Host == expected);
        ingress.Spec.Tls[0].Hosts.ShouldBe([expected, "secure.example.com"]);
    }

    [Fact]
    public async Task WhenTheDomainSettingChangesTheGeneratedNameIsRewritten()
    {
        await using var lab = await StartAsync();
        await lab.Kubectl.ApplyAsync(IngressYaml("shop", "nginx", "sslip.io"));
        await lab.WaitForAsync("shop", i => i.Status?.LoadBalancer?.Ingress?.Count > 0);
        await lab.Hostnames.GenerateAsync(lab.Id, "default", "shop", Caching.CachingHost.Admin, HostnameLab.Cancel);

        lab.Options.Domain = "nip.io"; // as after a restart with --Dashboard:Hostnames:Domain=nip.io
        await lab.StartReconcilerAsync();

        var ingress = await lab.WaitForAsync("shop", i => i.Spec.Rules[0].Host.EndsWith(".nip.io", StringComparison.Ordinal));
        ingress.Spec.Rules[0].Host.ShouldBe($"shop.default.{FirstNodeIp}.nip.io");
        Generated(ingress).ShouldBe($"shop.default.{FirstNodeIp}.nip.io");
    }

    private static async Task PatchAddressAsync(HostnameLab lab, string name, string ip) =>
        await lab.Kubectl.RunAsync("", "patch", "ingress", name, "-n", "default", "--subresource=status", "--type=merge",
            "-p", "{\"status\":{\"loadBalancer\":{\"ingress\":[{\"ip\":\"" + ip + "\"}]}}}");
}
