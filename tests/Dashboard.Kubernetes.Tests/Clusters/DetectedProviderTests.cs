using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Core.Registration;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Tests.Caching;
using Dashboard.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Clusters;

/// <summary>A cluster registered without a kind gets the one its nodes show, from the connection test alone.</summary>
public class DetectedProviderTests
{
    [Theory]
    [InlineData("aks", ProviderKind.AzureAks)]
    [InlineData("metallb", ProviderKind.MetalLb)]
    [InlineData("rke-ec2", ProviderKind.RkeEc2)]
    public async Task RegisteringWithoutAKindStoresTheDetectedOne(string profile, ProviderKind detected)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var host = await CachingHost.StartAsync();
        await using var sandbox = await SandboxCluster.StartAsync(new SandboxOptions { Profile = profile }, cancel);

        var cluster = await host.Services.GetRequiredService<ClusterRegistrationService>().RegisterAsync(
            new RegisterClusterDraft { Name = profile, Kubeconfig = sandbox.KubeconfigYaml("ctx") }, CachingHost.Admin, cancel);

        cluster.Provider.ShouldBe(ProviderKind.Unknown);
        cluster.DetectedProvider.ShouldBe(detected);
        cluster.EffectiveProvider.ShouldBe(detected);
        host.Caches.IsRunning(cluster.Id).ShouldBeFalse(); // the list shows it without watching the cluster
        (await host.Services.GetRequiredService<ClusterInspector>().RefreshStatusAsync(cluster.Id, cancel)).DetectedProvider.ShouldBe(detected);
    }
}
