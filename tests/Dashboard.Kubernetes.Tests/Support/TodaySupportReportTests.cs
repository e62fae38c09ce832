using Dashboard.Core.Providers;
using Dashboard.Core.Registration;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Support;
using Dashboard.Kubernetes.Tests.Caching;
using Dashboard.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Support;

/// <summary>The support report carries the platform's row of today and what the cluster shows of Gateway API.</summary>
public class TodaySupportReportTests
{
    private static async Task<(CachingHost Host, Guid Id, SandboxCluster Sandbox)> StartAsync(string profile)
    {
        var cancel = TestContext.Current.CancellationToken;
        var host = await CachingHost.StartAsync();
        var sandbox = await SandboxCluster.StartAsync(new SandboxOptions { Profile = profile }, cancel);
        var cluster = await host.Services.GetRequiredService<ClusterRegistrationService>().RegisterAsync(
            new RegisterClusterDraft { Name = profile, Kubeconfig = sandbox.KubeconfigYaml("ctx") }, CachingHost.Admin, cancel);
        return (host, cluster.Id, sandbox);
    }

    [Fact]
    public async Task AnEksClusterIsToldWhatItsPlatformOffersTodayForGatewayApi()
    {
        var (host, id, sandbox) = await StartAsync("eks");
        await using var _ = host;
        await using var __ = sandbox;

        var report = await host.Services.GetRequiredService<ClusterSupportService>().GetAsync(id, TestContext.Current.CancellationToken);

        report.Today.ShouldNotBeNull();
        report.Today.Kind.ShouldBe(ProviderKind.AmazonEks);
        report.Today.GatewayAddress.ShouldBe(GatewayAddressKind.DnsName);
        var expected = GatewayApiObservation.Observe(report.Today, await host.Resources.FactsAsync(id, TestContext.Current.CancellationToken));
        report.GatewayApi.Findings.ShouldBe(expected.Findings);
        report.GatewayApi.Findings.ShouldNotBeEmpty();
        report.GatewayApi.RetirementNotice.ShouldBeNull();
    }

    [Fact]
    public async Task ACustomClusterThatRunsIngressNginxGetsTheRetirementNotice()
    {
        var (host, id, sandbox) = await StartAsync("rke-custom");
        await using var _ = host;
        await using var __ = sandbox;

        var report = await host.Services.GetRequiredService<ClusterSupportService>().GetAsync(id, TestContext.Current.CancellationToken);

        report.Today!.Kind.ShouldBe(ProviderKind.RkeCustom);
        report.GatewayApi.RetirementNotice.ShouldNotBeNull();
        report.GatewayApi.RetirementNotice.ShouldStartWith(IngressNginxRetirement.Fact);
        report.GatewayApi.RetirementNotice.ShouldContain("RKE2");
    }

    [Fact]
    public async Task TheFactsOfANodeCarryItsKubeletVersion()
    {
        var (host, id, sandbox) = await StartAsync("eks");
        await using var _ = host;
        await using var __ = sandbox;

        var facts = await host.Resources.FactsAsync(id, TestContext.Current.CancellationToken);

        facts.Nodes.ShouldNotBeEmpty();
        facts.Nodes.ShouldAllBe(n => n.KubeletVersion != null && n.KubeletVersion.Contains("-eks-"));
    }

    [Theory]
    [InlineData("k3s", ProviderKind.K3s, "+k3s")]
    [InlineData("rke2", ProviderKind.Rke2, "+rke2")]
    public async Task RkeTwoAndK3sAreDetectedByTheirKubeletVersionAndGetTheirRowOfToday(string profile, ProviderKind kind, string suffix)
    {
        var (host, id, sandbox) = await StartAsync(profile);
        await using var _ = host;
        await using var __ = sandbox;

        var report = await host.Services.GetRequiredService<ClusterSupportService>().GetAsync(id, TestContext.Current.CancellationToken);

        report.Detected.Kind.ShouldBe(kind, string.Join("; ", report.Detected.Evidence));
        report.Detected.Evidence.ShouldContain(e => e.Contains(suffix, StringComparison.Ordinal));
        report.Today!.Kind.ShouldBe(kind);
        report.Today.GatewayControllers.ShouldContain(o => o.ControllerName == TodayMatrix.TraefikController);
    }
}
