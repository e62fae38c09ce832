using Dashboard.Core.Providers;
using Dashboard.Core.Registration;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Support;
using Dashboard.Kubernetes.Tests.Caching;
using Dashboard.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Support;

/// <summary>
/// Every sandbox profile, over HTTPS through the watch caches: the detected kind, the L4 outcome of a
/// LoadBalancer Service, how ingresses get addresses, and the differences from the platform's promise.
/// </summary>
public class ProfileSupportTests
{
    public static TheoryData<string, ProviderKind, IngressExposure, string, int> Profiles => new()
    {
        { "eks", ProviderKind.AmazonEks, IngressExposure.DnsName, "dns", 0 },
        { "gke", ProviderKind.GoogleGke, IngressExposure.SingleIp, "ip", 0 },
        { "aks", ProviderKind.AzureAks, IngressExposure.None, "ip", 0 },
        { "rke-ec2", ProviderKind.RkeEc2, IngressExposure.NodeIps, "dns", 0 },
        { "rke-digitalocean", ProviderKind.RkeDigitalOcean, IngressExposure.NodeIps, "pending", 0 },
        { "rke-vsphere", ProviderKind.RkeVsphere, IngressExposure.NodeIps, "pending", 0 },
        { "rke-custom", ProviderKind.RkeCustom, IngressExposure.NodeIps, "pending", 0 },
        { "metallb", ProviderKind.MetalLb, IngressExposure.NodeIps, "ip", 0 },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task EachProfileIsDetectedAndObservedLikeItsPlatform(string profile, ProviderKind kind, IngressExposure exposure, string loadBalancer, int differences)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var host = await CachingHost.StartAsync();
        await using var sandbox = await SandboxCluster.StartAsync(new SandboxOptions { Profile = profile }, cancel);
        var cluster = await host.Services.GetRequiredService<ClusterRegistrationService>().RegisterAsync(
            new RegisterClusterDraft { Name = profile, Kubeconfig = sandbox.KubeconfigYaml("ctx") }, CachingHost.Admin, cancel);
        var client = host.ClientFor(sandbox);
        await client.CreateServiceAsync("default", "lb", "LoadBalancer");
        await client.CreateIngressAsync("default", "web", "web.example.com");
        var support = host.Services.GetRequiredService<ClusterSupportService>();

        var report = await Eventually.ReturnsAsync(() => support.GetAsync(cluster.Id, cancel),
            r => (loadBalancer == "pending" || r.Observed.LoadBalancers.EverGotAnAddress) && (exposure == IngressExposure.None || r.Observed.IngressesObserved == 1));

        report.ChosenKind.ShouldBe(ProviderKind.Unknown);
        report.Detected.Kind.ShouldBe(kind, string.Join("; ", report.Detected.Evidence));
        report.EffectiveKind.ShouldBe(kind);
        report.Detected.Evidence.ShouldNotBeEmpty();
        report.Observed.IngressExposure.ShouldBe(exposure);
        var lbs = report.Observed.LoadBalancers;
        (loadBalancer switch { "ip" => lbs.WithIp, "dns" => lbs.WithDnsName, _ => lbs.Pending }).ShouldBe(1);
        report.Differences.Count.ShouldBe(differences, string.Join(" | ", report.Differences));
        report.Layer4.Outcome.ShouldBe(loadBalancer == "pending" ? Layer4Outcome.StaysPending
            : kind == ProviderKind.MetalLb ? Layer4Outcome.FromMetalLb : Layer4Outcome.FromPlatform, report.Layer4.Text);
    }

    [Fact]
    public async Task TheUsersChoiceWinsAndAMismatchIsReported()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var host = await CachingHost.StartAsync();
        var (id, _) = await host.AddClusterAsync("chosen", "aks"); // CachingHost registers as RKE on custom hosts

        var report = await host.Services.GetRequiredService<ClusterSupportService>().GetAsync(id, cancel);

        report.ChosenKind.ShouldBe(ProviderKind.RkeCustom);
        report.Detected.Kind.ShouldBe(ProviderKind.AzureAks);
        report.EffectiveKind.ShouldBe(ProviderKind.RkeCustom);
        report.KindMismatch.ShouldBeTrue();
        report.Promise!.Layer7.Text.ShouldBe("Nginx Ingress Controller");
        report.Differences.ShouldContain(d => d.Contains("no IngressClass", StringComparison.Ordinal));
    }
}
