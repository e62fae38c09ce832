using Dashboard.Core.Hostnames;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Hostnames;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Tests.Caching;
using k8s;
using k8s.Models;
using static Dashboard.Kubernetes.Tests.Hostnames.HostnameLab;

namespace Dashboard.Kubernetes.Tests.Hostnames;

/// <summary>"Generate hostname" (the page's button and the API's call) against a real sandbox API server.</summary>
public class GeneratingHostnamesTests
{
    private static readonly Actor Admin = CachingHost.Admin;

    [Fact]
    public async Task OneClickGivesARuleWithoutAHostTheGeneratedName()
    {
        await using var lab = await StartAsync();
        await lab.Kubectl.ApplyAsync(IngressYaml("shop", "nginx", ""));
        await lab.WaitForAsync("shop", i => i.Status?.LoadBalancer?.Ingress?.Count > 0);

        var result = await lab.Hostnames.GenerateAsync(lab.Id, "default", "shop", Admin, Cancel);

        result.Outcome.ShouldBe(HostnameOutcome.Generated);
        result.Hostname.ShouldBe("shop.default.203.0.113.10.sslip.io");
        (await lab.ReadAsync("shop")).Spec.Rules[0].Host.ShouldBe("shop.default.203.0.113.10.sslip.io");
    }

    [Fact]
    public async Task ADnsOnlyLoadBalancerYieldsTheCnameToCreateAndChangesNothing()
    {
        await using var lab = await StartAsync("eks");
        await lab.Kubectl.ApplyAsync(IngressYaml("shop", "alb", "sslip.io"));
        var before = await lab.WaitForAsync("shop", i => i.Status?.LoadBalancer?.Ingress?.Count > 0);
        var dnsName = before.Status.LoadBalancer.Ingress[0].Hostname;

        var result = await lab.Hostnames.GenerateAsync(lab.Id, "default", "shop", Admin, Cancel);

        dnsName.ShouldEndWith(".elb.amazonaws.com");
        result.Outcome.ShouldBe(HostnameOutcome.DnsNameOnly);
        result.CnameTargets.ShouldBe([dnsName]);
        result.Message.ShouldContain($"your.domain. CNAME {dnsName}.");
        result.Changed.ShouldBeFalse();
        (await lab.ReadAsync("shop")).Metadata.ResourceVersion.ShouldBe(before.Metadata.ResourceVersion);
        (await lab.AuditAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task WithoutAnAddressTheClickIsRememberedAndTheReconcilerCompletesIt()
    {
        await using var lab = await StartAsync();
        await lab.Kubectl.ApplyAsync(IngressYaml("later", "external", ""));

        var result = await lab.Hostnames.GenerateAsync(lab.Id, "default", "later", Admin, Cancel);
        await lab.StartReconcilerAsync();
        await lab.Kubectl.RunAsync("", "patch", "ingress", "later", "-n", "default", "--subresource=status", "--type=merge",
            "-p", """{"status":{"loadBalancer":{"ingress":[{"ip":"198.51.100.30"}]}}}""");

        result.Outcome.ShouldBe(HostnameOutcome.WaitingForAddress);
        var ingress = await lab.WaitForAsync("later", i => i.Spec.Rules[0].Host is not null);
        ingress.Spec.Rules[0].Host.ShouldBe("later.default.198.51.100.30.sslip.io");
        ingress.GetAnnotation(IngressManifest.HostnameAnnotation).ShouldBeNull();
    }

    [Fact]
    public async Task AnIngressWhoseHostsAreAllTheUsersOwnIsLeftAlone()
    {
        await using var lab = await StartAsync();
        await lab.Kubectl.ApplyAsync(IngressYaml("typed", "nginx", "shop.example.com"));
        var before = await lab.WaitForAsync("typed", i => i.Status?.LoadBalancer?.Ingress?.Count > 0);

        var result = await lab.Hostnames.GenerateAsync(lab.Id, "default", "typed", Admin, Cancel);

        result.Outcome.ShouldBe(HostnameOutcome.NotRequested);
        result.Message.ShouldContain("never rewrites a host you chose");
        (await lab.ReadAsync("typed")).Metadata.ResourceVersion.ShouldBe(before.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task ANameThatWouldBeTooLongIsRefusedWithTheReasonAndNothingChanges()
    {
        await using var lab = await StartAsync();
        var name = new string('a', 60) + "." + new string('b', 64);
        await lab.Kubectl.ApplyAsync(IngressYaml(name, "nginx", "sslip.io"));
        var before = await lab.WaitForAsync(name, i => i.Status?.LoadBalancer?.Ingress?.Count > 0);

        var result = await lab.Hostnames.GenerateAsync(lab.Id, "default", name, Admin, Cancel);

        result.Outcome.ShouldBe(HostnameOutcome.Invalid);
        result.Message.ShouldContain("64 characters long, more than the 63");
        (await lab.ReadAsync(name)).Metadata.ResourceVersion.ShouldBe(before.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task AnEditSomeoneMadeBetweenReadAndWriteIsKept()
    {
        await using var lab = await StartAsync();
        await lab.Kubectl.ApplyAsync(IngressYaml("shop", "nginx", "sslip.io"));
        await lab.WaitForAsync("shop", i => i.Status?.LoadBalancer?.Ingress?.Count > 0);
        var attempts = 0;
        lab.Hostnames.BetweenReadAndReplace = async cancel =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                var live = await lab.ReadAsync("shop");
                live.Metadata.Labels = new Dictionary<string, string> { ["team"] = "shop" };
                await lab.Client.NetworkingV1.ReplaceNamespacedIngressAsync(live, "shop", "default", cancellationToken: cancel);
            }
        };

        var result = await lab.Hostnames.GenerateAsync(lab.Id, "default", "shop", Admin, Cancel);

        attempts.ShouldBe(2);
        result.Outcome.ShouldBe(HostnameOutcome.Generated);
        var ingress = await lab.ReadAsync("shop");
        ingress.Metadata.Labels["team"].ShouldBe("shop");
        ingress.Spec.Rules[0].Host.ShouldBe("shop.default.203.0.113.10.sslip.io");
    }

    [Fact]
    public async Task AViewerMayNotGenerateAHostname()
    {
        await using var lab = await StartAsync();
        await lab.Kubectl.ApplyAsync(IngressYaml("shop", "nginx", "sslip.io"));

        await Should.ThrowAsync<ForbiddenException>(() =>
            lab.Hostnames.GenerateAsync(lab.Id, "default", "shop", new Actor("u-viewer", "victor", Roles.Viewer), Cancel));

        (await lab.ReadAsync("shop")).Spec.Rules[0].Host.ShouldBe("sslip.io");
    }

    [Fact]
    public async Task GeneratingForAnIngressThatDoesNotExistSaysSo()
    {
        await using var lab = await StartAsync();

        var error = await Should.ThrowAsync<ApiServerRejectedException>(() => lab.Hostnames.GenerateAsync(lab.Id, "default", "ghost", Admin, Cancel));

        error.StatusCode.ShouldBe(404);
        error.Message.ShouldContain("ghost");
    }
}
