using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Events;

/// <summary>What each platform's controllers say about a LoadBalancer Service and an Ingress, as Events.</summary>
public sealed class LoadBalancerEventTests(ProfileClusters clusters) : IClassFixture<ProfileClusters>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<IList<Corev1Event>> EventsAboutAsync(SandboxFixture sandbox, string ns, string name, Func<IList<Corev1Event>, bool> done) =>
        (await Eventually.ReturnsAsync(
            () => sandbox.Client.CoreV1.ListNamespacedEventAsync(ns, fieldSelector: $"involvedObject.name={name}", cancellationToken: Ct),
            l => done(l.Items), Ct)).Items;

    [Theory]
    [InlineData("gke")]
    [InlineData("eks")]
    [InlineData("aks")]
    [InlineData("rke-ec2")]
    public async Task TheCloudsServiceControllerEnsuresTheLoadBalancer(string profile)
    {
        var sandbox = await clusters.GetAsync(profile);
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("lb", "LoadBalancer"), ns, cancellationToken: Ct);

        var events = await EventsAboutAsync(sandbox, ns, "lb", l => l.Count >= 2);

        events.Select(e => (e.Reason, e.Message, e.Type, e.Source.Component)).ShouldBe(
        [
            ("EnsuringLoadBalancer", "Ensuring load balancer", "Normal", "service-controller"),
            ("EnsuredLoadBalancer", "Ensured load balancer", "Normal", "service-controller"),
        ], ignoreOrder: true);
        events.ShouldAllBe(e => e.InvolvedObject.Kind == "Service" && e.InvolvedObject.ApiVersion == "v1");
    }

    [Fact]
    public async Task MetalLbReportsTheAddressItAllocated()
    {
        var sandbox = await clusters.GetAsync("metallb");
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("lb", "LoadBalancer"), ns, cancellationToken: Ct);

        var events = await EventsAboutAsync(sandbox, ns, "lb", l => l.Count > 0);
        var service = await sandbox.Client.CoreV1.ReadNamespacedServiceAsync("lb", ns, cancellationToken: Ct);

        var allocated = events.ShouldHaveSingleItem();
        (allocated.Reason, allocated.ReportingComponent).ShouldBe(("IPAllocated", "metallb-controller"));
        allocated.Message.ShouldBe($"Assigned IP [\"{service.Status.LoadBalancer.Ingress.Single().Ip}\"]");
        allocated.Message.ShouldBe("Assigned IP [\"198.51.100.200\"]");
    }

    /// <remarks>
    /// The Ingress is created after the Service: once ingress-nginx's Sync event about it is there,
    /// the profile controller has handled the Service too, so the absence of its events is settled.
    /// </remarks>
    [Theory]
    [InlineData("rke-custom")]
    [InlineData("rke-digitalocean")]
    [InlineData("rke-vsphere")]
    public async Task WithoutALoadBalancerNothingIsSaidAboutTheServiceWhileIngressNginxSyncsItsIngress(string profile)
    {
        var sandbox = await clusters.GetAsync(profile);
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("lb", "LoadBalancer"), ns, cancellationToken: Ct);
        await sandbox.Client.NetworkingV1.CreateNamespacedIngressAsync(Objects.Ingress("web", "web.example.com"), ns, cancellationToken: Ct);

        var ingressEvents = await EventsAboutAsync(sandbox, ns, "web", l => l.Count > 0);
        var all = await sandbox.Client.CoreV1.ListNamespacedEventAsync(ns, cancellationToken: Ct);

        var sync = ingressEvents.ShouldHaveSingleItem();
        (sync.Reason, sync.Message, sync.Source.Component, sync.InvolvedObject.Kind).ShouldBe(("Sync", "Scheduled for sync", "nginx-ingress-controller", "Ingress"));
        all.Items.Where(e => e.InvolvedObject.Name == "lb").ShouldBeEmpty();
    }
}
