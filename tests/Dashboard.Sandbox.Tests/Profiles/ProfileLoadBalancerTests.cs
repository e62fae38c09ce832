using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Profiles;

/// <summary>What a Service of type LoadBalancer gets on each platform (the L4 column of the support matrix).</summary>
public sealed class ProfileLoadBalancerTests(ProfileClusters clusters) : IClassFixture<ProfileClusters>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Profiles => ProfileExpectations.Names;

    /// <remarks>
    /// The only test that makes LoadBalancer Services in these clusters, so the first one gets the
    /// first address of the pool: the addresses are deterministic per profile.
    /// </remarks>
    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task ALoadBalancerServiceGetsWhatThePlatformsCloudControllerGives(string profile)
    {
        var expected = ProfileExpectations.For(profile);
        var sandbox = await clusters.GetAsync(profile);
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("lb", "LoadBalancer"), ns, cancellationToken: Ct);

        Task<V1Service> Read() => sandbox.Client.CoreV1.ReadNamespacedServiceAsync("lb", ns, cancellationToken: Ct);
        var service = expected.LoadBalancer == LoadBalancerOutcome.Pending
            ? await Pending.StaysWithoutAddressAsync(Read, s => s.Status.LoadBalancer?.Ingress?.Count ?? 0, Ct)
            : await Eventually.ReturnsAsync(Read, s => s.Status.LoadBalancer?.Ingress?.Count > 0, Ct);
        var ingress = service.Status.LoadBalancer?.Ingress;

        switch (expected.LoadBalancer)
        {
            case LoadBalancerOutcome.Hostname:
                var entry = ingress.ShouldHaveSingleItem();
                entry.Hostname.ShouldMatch(ProfileExpectations.ElbHostname);
                entry.Ip.ShouldBeNull();
                break;
            case LoadBalancerOutcome.Ip:
                ingress.ShouldHaveSingleItem().Ip.ShouldBe(expected.FirstLoadBalancerIp);
                break;
            default:
                ingress.ShouldBeNull();
                break;
        }
    }

    [Fact]
    public async Task MetalLbHandsOutThePoolInOrderAndReusesAFreedAddress()
    {
        // A cluster of its own: the Theory above expects the pool's first address to be free.
        await using var own = new ProfileClusters();
        var sandbox = await own.GetAsync("metallb");
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var one = await CreateAndWaitForIpAsync(sandbox, ns, "one");
        var two = await CreateAndWaitForIpAsync(sandbox, ns, "two");
        await sandbox.Client.CoreV1.DeleteNamespacedServiceAsync("one", ns, cancellationToken: Ct);
        var three = await CreateAndWaitForIpAsync(sandbox, ns, "three");

        (one, two, three).ShouldBe(("198.51.100.200", "198.51.100.201", "198.51.100.200"));
    }

    private static async Task<string?> CreateAndWaitForIpAsync(SandboxFixture sandbox, string ns, string name)
    {
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service(name, "LoadBalancer"), ns, cancellationToken: Ct);
        var service = await Eventually.ReturnsAsync(
            () => sandbox.Client.CoreV1.ReadNamespacedServiceAsync(name, ns, cancellationToken: Ct),
            s => s.Status.LoadBalancer?.Ingress?.Count > 0,
            Ct);
        return service.Status.LoadBalancer?.Ingress?.Single().Ip;
    }
}
