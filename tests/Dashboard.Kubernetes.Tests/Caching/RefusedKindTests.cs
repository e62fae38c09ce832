using Dashboard.Kubernetes.Resources;
using Dashboard.Sandbox;
using Dashboard.Tests.Serving;
using static Dashboard.Tests.Serving.ServingObjects;

namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>A cluster whose RBAC forbids one of the kinds the pages can do without stays usable, and says what it cannot show.</summary>
public sealed class RefusedKindTests : IAsyncLifetime
{
    private CachingHost host = default!;
    private SandboxCluster sandbox = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        host = await CachingHost.StartAsync();
        sandbox = await SandboxCluster.StartAsync(new SandboxOptions { Profile = "rke-custom" }, Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await sandbox.DisposeAsync();
    }

    [Fact]
    public async Task ForbiddenEventsLeaveTheClusterReadyWithEndpointsAndSayWhyEventsCannotBeShown()
    {
        await using var proxy = RefusingProxy.Start(sandbox, "events");
        var id = await host.RegisterAsync("no-events", proxy.Kubeconfig(sandbox));
        var client = host.ClientFor(sandbox);
        await client.CreateServiceAsync("default", "web");
        await client.CreateSliceAsync("default", "web", "web-a", new Endpoint("web-1", "10.42.0.11", "node-1", true));

        var services = await host.Resources.ServicesAsync(id, new ResourceQuery(Search: "web"), Cancel);
        var events = await host.Resources.EventsAsync(id, EventSubject.Service, "default", "web", Cancel);

        host.Resources.Status(id).State.ShouldBe(CacheState.Ready);
        services.Items.ShouldHaveSingleItem().Endpoints.ShouldBe(new EndpointCounts(1, 1));
        events.Items.ShouldBeEmpty();
        events.Problem.ShouldNotBeNull().ShouldStartWith("The cluster does not let the dashboard's credentials list events (403 Forbidden)");
        events.Problem.ShouldContain("Give the user list and watch access to events.");
        (await host.Resources.ServiceAsync(id, "default", "web", Cancel))!.EndpointsProblem.ShouldBeNull();
    }

    [Fact]
    public async Task ForbiddenEndpointSlicesAndPodsAreSaidOnTheServiceAndByTheCountInsteadOfShowingZero()
    {
        await using var proxy = RefusingProxy.Start(sandbox, "endpointslices");
        await using var pods = RefusingProxy.Start(sandbox, "pods");
        var noSlices = await host.RegisterAsync("no-slices", proxy.Kubeconfig(sandbox));
        var noPods = await host.RegisterAsync("no-pods", pods.Kubeconfig(sandbox));
        await host.ClientFor(sandbox).CreateServiceAsync("default", "web");

        var detail = await Eventually.ReturnsAsync<ServiceDetail?>(() => host.Resources.ServiceAsync(noSlices, "default", "web", Cancel), d => d is not null);
        var count = await host.Resources.CountPodsAsync(noPods, "default", new Dictionary<string, string> { ["app"] = "web" }, Cancel);

        host.Resources.Status(noSlices).State.ShouldBe(CacheState.Ready);
        detail!.Service.Endpoints.ShouldBeNull();
        detail.Service.EndpointsNote.ShouldBeNull();
        detail.EndpointsProblem.ShouldNotBeNull().ShouldContain("endpointslices (403 Forbidden)");
        count.Problem.ShouldNotBeNull().ShouldContain("pods (403 Forbidden)");
    }
}
