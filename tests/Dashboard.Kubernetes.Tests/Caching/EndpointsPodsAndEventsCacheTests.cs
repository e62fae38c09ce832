using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Services;
using Dashboard.Tests.Serving;
using Microsoft.Extensions.DependencyInjection;
using k8s;
using k8s.Models;
using static Dashboard.Tests.Serving.ServingObjects;

namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>EndpointSlices, pods and events reach the caches through their watches, as the controllers write them.</summary>
public sealed class EndpointsPodsAndEventsCacheTests : IAsyncLifetime
{
    private static readonly DateTime Now = DateTime.UtcNow;

    private CachingHost host = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => host = await CachingHost.StartAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    private async Task<(Guid Id, Sandbox.SandboxCluster Sandbox, IKubernetes Client)> StartAsync(string name)
    {
        var (id, sandbox) = await host.AddClusterAsync(name);
        await host.Resources.FactsAsync(id, Cancel);
        return (id, sandbox, host.ClientFor(sandbox));
    }

    private Task<ServiceDetail?> ServiceAsync(Guid id, string name) => host.Resources.ServiceAsync(id, "default", name, Cancel);

    [Fact]
    public async Task AServicesReadyEndpointsFollowItsSliceBeingCreatedChangedAndDeleted()
    {
        var (id, _, client) = await StartAsync("slices");
        await client.CreateServiceAsync("default", "web");

        await client.CreateSliceAsync("default", "web", "web-abcde",
            new Endpoint("web-1", "10.42.0.11", "node-1", true), new Endpoint("web-2", "10.42.0.12", "node-2", null), new Endpoint("web-3", "10.42.0.13", "node-3", false));

        var detail = await Eventually.ReturnsAsync(() => ServiceAsync(id, "web"), d => d?.Service.Endpoints?.Total == 3);
        detail!.Service.Endpoints.ShouldBe(new EndpointCounts(2, 3));
        detail.Service.EndpointsNote.ShouldBeNull();
        detail.Endpoints.ShouldBe([
            new EndpointInfo("web-1", "10.42.0.11", "node-1", true),
            new EndpointInfo("web-2", "10.42.0.12", "node-2", true),
            new EndpointInfo("web-3", "10.42.0.13", "node-3", false)]);
        var row = (await host.Resources.ServicesAsync(id, new ResourceQuery(Search: "web"), Cancel)).Items.ShouldHaveSingleItem();
        row.Endpoints.ShouldBe(new EndpointCounts(2, 3));

        await client.ReplaceSliceAsync("default", "web", "web-abcde",
            new Endpoint("web-1", "10.42.0.11", "node-1", false), new Endpoint("web-2", "10.42.0.12", "node-2", false), new Endpoint("web-3", "10.42.0.13", "node-3", false));

        detail = await Eventually.ReturnsAsync(() => ServiceAsync(id, "web"), d => d?.Service.Endpoints?.Ready == 0);
        detail!.Service.Endpoints.ShouldBe(new EndpointCounts(0, 3));
        detail.Service.EndpointsNote.ShouldBe("No pod behind it is ready: the load balancer has nothing to send to.");

        await client.DiscoveryV1.DeleteNamespacedEndpointSliceAsync("web-abcde", "default", cancellationToken: Cancel);

        detail = await Eventually.ReturnsAsync(() => ServiceAsync(id, "web"), d => d?.Service.Endpoints?.Total == 0);
        detail!.Service.Endpoints.ShouldBe(new EndpointCounts(0, 0));
        detail.Endpoints.ShouldBeEmpty();
        detail.Service.EndpointsNote.ShouldBe(EndpointVerdicts.NoReadyPod);
    }

    [Fact]
    public async Task AnEndpointInTwoSlicesCountsOnceAndSlicesOfOtherServicesDoNotCount()
    {
        var (id, _, client) = await StartAsync("dual");
        await client.CreateServiceAsync("default", "web");
        await client.CreateServiceAsync("default", "api");

        await client.CreateSliceAsync("default", "web", "web-a", new Endpoint("web-1", "10.42.0.11", "node-1", true));
        await client.CreateSliceAsync("default", "web", "web-b", new Endpoint("web-1", "10.42.0.11", "node-1", true), new Endpoint("web-2", "10.42.0.12", "node-1", false));
        await client.CreateSliceAsync("default", "api", "api-a", new Endpoint("api-1", "10.42.0.21", "node-2", true));

        var web = await Eventually.ReturnsAsync(() => ServiceAsync(id, "web"), d => d?.Service.Endpoints?.Total == 2);
        web!.Service.Endpoints.ShouldBe(new EndpointCounts(1, 2));
        // The api slice was written last: the cache may see it a moment after the web ones.
        var api = await Eventually.ReturnsAsync(() => ServiceAsync(id, "api"), d => d?.Service.Endpoints?.Total > 0);
        api!.Service.Endpoints.ShouldBe(new EndpointCounts(1, 1));
    }

    [Fact]
    public async Task AServiceWithoutASelectorIsManagedByHandAndAnExternalNameHasNoEndpoints()
    {
        var (id, _, client) = await StartAsync("manual");
        await client.CoreV1.CreateNamespacedServiceAsync(new V1Service
        {
            Metadata = new V1ObjectMeta { Name = "legacy" },
            Spec = new V1ServiceSpec { Ports = [new V1ServicePort { Port = 5432 }] },
        }, "default", cancellationToken: Cancel);
        await client.CoreV1.CreateNamespacedServiceAsync(new V1Service
        {
            Metadata = new V1ObjectMeta { Name = "db" },
            Spec = new V1ServiceSpec { Type = "ExternalName", ExternalName = "db.example.com" },
        }, "default", cancellationToken: Cancel);

        var legacy = await Eventually.ReturnsAsync<ServiceDetail?>(() => ServiceAsync(id, "legacy"), d => d is not null);
        var db = await Eventually.ReturnsAsync<ServiceDetail?>(() => ServiceAsync(id, "db"), d => d is not null);

        legacy!.Service.EndpointsNote.ShouldBe(EndpointVerdicts.ManagedByHand);
        legacy.Service.Endpoints.ShouldBe(new EndpointCounts(0, 0));
        db!.Service.Endpoints.ShouldBeNull();
        db.Service.EndpointsNote.ShouldBe(EndpointVerdicts.ExternalName);
    }

    [Fact]
    public async Task ThePodCountFollowsPodsCreatedRelabelledAndDeleted()
    {
        var (id, sandbox, client) = await StartAsync("pods");
        var lookup = host.Services.GetRequiredService<PodSelectorLookup>();
        var viewer = new Dashboard.Core.Security.Actor("u-viewer", "victor", Dashboard.Core.Security.Roles.Viewer);
        var web = new Dictionary<string, string> { ["app"] = "web" };
        Task<int> CountAsync() => lookup.CountPodsAsync(id, "default", web, viewer, Cancel);
        (await CountAsync()).ShouldBe(0);

        await client.CreateRunningPodAsync("default", "web-1", new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front" }, "10.42.0.11");
        await client.CreateRunningPodAsync("default", "web-2", new Dictionary<string, string> { ["app"] = "web" }, "10.42.0.12", ready: false);
        await client.CreateRunningPodAsync("default", "db-1", new Dictionary<string, string> { ["app"] = "db" }, "10.42.0.13");
        await client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = "other" } }, cancellationToken: Cancel);
        await client.CreateRunningPodAsync("other", "web-9", new Dictionary<string, string> { ["app"] = "web" }, "10.42.0.19");

        (await Eventually.ReturnsAsync(CountAsync, c => c == 2)).ShouldBe(2);

        var pod = await client.CoreV1.ReadNamespacedPodAsync("web-2", "default", cancellationToken: Cancel);
        pod.Metadata.Labels["app"] = "worker";
        await client.CoreV1.ReplaceNamespacedPodAsync(pod, "web-2", "default", cancellationToken: Cancel);
        (await Eventually.ReturnsAsync(CountAsync, c => c == 1)).ShouldBe(1);

        using (var kubectl = await KubectlApply.ForAsync(sandbox))
            await kubectl.ReadAsync("delete", "pod", "web-1", "-n", "default");
        (await Eventually.ReturnsAsync(CountAsync, c => c == 0)).ShouldBe(0);
        (await host.Resources.CountPodsAsync(id, "other", web, Cancel)).ShouldBe(new PodCount(1, null));
    }

    [Fact]
    public async Task AnInvalidLabelIsRefusedLikeTheApiServerWould()
    {
        var (id, _, _) = await StartAsync("labels");
        var lookup = host.Services.GetRequiredService<PodSelectorLookup>();

        var error = await Should.ThrowAsync<ApiServerRejectedException>(() => lookup.CountPodsAsync(
            id, "default", new Dictionary<string, string> { ["app name"] = "web" }, CachingHost.Admin, Cancel));

        error.StatusCode.ShouldBe(400);
    }

    [Fact]
    public async Task EventsAboutAServiceArriveNewestFirstAndFollowUpdatesAndDeletes()
    {
        var (id, _, client) = await StartAsync("events");
        await client.CreateServiceAsync("default", "web");
        Task<ObjectEvents> EventsAsync() => host.Resources.EventsAsync(id, EventSubject.Service, "default", "web", Cancel);

        await client.CreateEventAsync("default", "web.1", "Service", "web", "Normal", "EnsuringLoadBalancer", "Ensuring load balancer", Now.AddMinutes(-10));
        await client.CreateEventAsync("default", "web.2", "Service", "web", "Warning", "SyncLoadBalancerFailed", "Error syncing load balancer: no available IPs", Now.AddMinutes(-2), count: 4);
        await client.CreateEventAsync("default", "web-1.1", "Pod", "web", "Normal", "Scheduled", "Successfully assigned default/web to node-1", Now, component: "default-scheduler");
        await client.CreateEventAsync("default", "ing.1", "Ingress", "web", "Normal", "Sync", "Scheduled for sync", Now, component: "nginx-ingress-controller");

        var events = await Eventually.ReturnsAsync(EventsAsync, e => e.Items.Count == 2);
        events.Problem.ShouldBeNull();
        events.Items.Select(e => (e.Reason, e.Type, e.Count)).ShouldBe([("SyncLoadBalancerFailed", "Warning", 4), ("EnsuringLoadBalancer", "Normal", 1)]);
        var warning = events.Items[0];
        warning.IsWarning.ShouldBeTrue();
        warning.Message.ShouldBe("Error syncing load balancer: no available IPs");
        warning.Source.ShouldBe("service-controller");
        warning.LastSeen!.Value.ShouldBe(new DateTimeOffset(Now.AddMinutes(-2)), TimeSpan.FromSeconds(1));
        warning.FirstSeen!.Value.ShouldBe(new DateTimeOffset(Now.AddMinutes(-5)), TimeSpan.FromSeconds(1));
        // The events of Ingresses are a cache of their own, which may follow a moment after that of Services.
        (await Eventually.ReturnsAsync(() => host.Resources.EventsAsync(id, EventSubject.Ingress, "default", "web", Cancel), e => e.Items.Count > 0))
            .Items.ShouldHaveSingleItem().Reason.ShouldBe("Sync");

        var again = await client.CoreV1.ReadNamespacedEventAsync("web.1", "default", cancellationToken: Cancel);
        again.Count = 3;
        again.LastTimestamp = Now;
        await client.CoreV1.ReplaceNamespacedEventAsync(again, "web.1", "default", cancellationToken: Cancel);

        events = await Eventually.ReturnsAsync(EventsAsync, e => e.Items[0].Reason == "EnsuringLoadBalancer");
        events.Items.Select(e => (e.Reason, e.Count)).ShouldBe([("EnsuringLoadBalancer", 3), ("SyncLoadBalancerFailed", 4)]);

        await client.CoreV1.DeleteNamespacedEventAsync("web.2", "default", cancellationToken: Cancel);

        events = await Eventually.ReturnsAsync(EventsAsync, e => e.Items.Count == 1);
        events.Items.ShouldHaveSingleItem().Reason.ShouldBe("EnsuringLoadBalancer");
    }

    [Fact]
    public async Task AnEventWrittenTheEventsApiWayIsReadFromItsSeriesEventTimeAndReportingController()
    {
        var (id, _, client) = await StartAsync("series");
        // How an events.k8s.io/v1 event reads through core/v1: eventTime, series and reporting fields, no count or timestamps.
        await client.CoreV1.CreateNamespacedEventAsync(new Corev1Event
        {
            Metadata = new V1ObjectMeta { Name = "web.series" },
            InvolvedObject = new V1ObjectReference { Kind = "Service", NamespaceProperty = "default", Name = "web", ApiVersion = "v1" },
            Type = "Normal",
            Reason = "IPAllocated",
            Message = "Assigned IP [\"198.51.100.200\"]",
            EventTime = Now.AddMinutes(-7),
            Series = new Corev1EventSeries { Count = 6, LastObservedTime = Now.AddMinutes(-1) },
            ReportingComponent = "metallb-controller",
            ReportingInstance = "controller-7d4f",
            Action = "Allocate",
        }, "default", cancellationToken: Cancel);

        var events = await Eventually.ReturnsAsync(() => host.Resources.EventsAsync(id, EventSubject.Service, "default", "web", Cancel), e => e.Items.Count == 1);

        var e = events.Items.ShouldHaveSingleItem();
        (e.Reason, e.Count, e.Source).ShouldBe(("IPAllocated", 6, "metallb-controller, controller-7d4f"));
        e.FirstSeen!.Value.ShouldBe(new DateTimeOffset(Now.AddMinutes(-7)), TimeSpan.FromSeconds(1));
        e.LastSeen!.Value.ShouldBe(new DateTimeOffset(Now.AddMinutes(-1)), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task AServiceKeepsOnlyItsNewestFiftyEvents()
    {
        var (id, _, client) = await StartAsync("bounded");
        for (var i = 0; i < 55; i++)
            await client.CreateEventAsync("default", $"web.{i:D2}", "Service", "web", "Normal", $"Reason{i:D2}", "m", Now.AddMinutes(-60 + i));

        var events = await Eventually.ReturnsAsync(
            () => host.Resources.EventsAsync(id, EventSubject.Service, "default", "web", Cancel), e => e.Items.Count == 50 && e.Items[0].Reason == "Reason54");

        events.Items.Count.ShouldBe(50);
        events.Items[0].Reason.ShouldBe("Reason54");
        events.Items[^1].Reason.ShouldBe("Reason05");
    }

    [Fact]
    public async Task WarmReadsOfEndpointsBackendsEventsAndPodCountsSendNoRequest()
    {
        var (id, sandbox, client) = await StartAsync("warm-extras");
        await client.CreateServiceAsync("default", "web");
        await client.CreateSliceAsync("default", "web", "web-a", new Endpoint("web-1", "10.42.0.11", "node-1", true));
        await client.CreateIngressAsync("default", "shop", "shop.example.com");
        await client.CreateEventAsync("default", "web.1", "Service", "web", "Normal", "Created", "m", Now);
        await Eventually.ReturnsAsync(() => host.Resources.EventsAsync(id, EventSubject.Service, "default", "web", Cancel), e => e.Items.Count == 1);
        await Eventually.ReturnsAsync(async () =>
        {
            var before = sandbox.RequestCount;
            await Task.Delay(300, Cancel);
            return sandbox.RequestCount == before;
        }, settled => settled);
        var requests = sandbox.RequestCount;

        for (var i = 0; i < 5; i++)
        {
            (await ServiceAsync(id, "web"))!.Service.Endpoints.ShouldBe(new EndpointCounts(1, 1));
            await host.Resources.ServicesAsync(id, new ResourceQuery(), Cancel);
            await host.Resources.IngressAsync(id, "default", "shop", Cancel);
            await host.Resources.EventsAsync(id, EventSubject.Service, "default", "web", Cancel);
            await host.Resources.EventsAsync(id, EventSubject.Ingress, "default", "shop", Cancel);
            await host.Resources.CountPodsAsync(id, "default", new Dictionary<string, string> { ["app"] = "web" }, Cancel);
        }

        sandbox.RequestCount.ShouldBe(requests);
    }

    [Fact]
    public async Task AnIngressBackendIsCheckedForItsServiceItsPortAndReadyEndpoints()
    {
        var (id, _, client) = await StartAsync("backends");
        await client.NetworkingV1.CreateNamespacedIngressAsync(new V1Ingress
        {
            Metadata = new V1ObjectMeta { Name = "shop" },
            Spec = new V1IngressSpec
            {
                DefaultBackend = Backend("fallback", 80),
                Rules =
                [
                    new V1IngressRule
                    {
                        Host = "shop.example.com",
                        Http = new V1HTTPIngressRuleValue
                        {
                            Paths =
                            [
                                new V1HTTPIngressPath { Path = "/", PathType = "Prefix", Backend = Backend("web", 80) },
                                new V1HTTPIngressPath { Path = "/api", PathType = "Prefix", Backend = Backend("api", 80) },
                                new V1HTTPIngressPath { Path = "/admin", PathType = "Prefix", Backend = Backend("web", 9090) },
                                new V1HTTPIngressPath { Path = "/cart", PathType = "Prefix", Backend = Backend("cart", 80) },
                            ],
                        },
                    },
                ],
            },
        }, "default", cancellationToken: Cancel);
        await client.CreateServiceAsync("default", "web");
        await client.CreateServiceAsync("default", "cart");
        await client.CreateServiceAsync("default", "fallback");
        await client.CreateSliceAsync("default", "web", "web-a", new Endpoint("web-1", "10.42.0.11", "node-1", true), new Endpoint("web-2", "10.42.0.12", "node-2", true));
        await client.CreateSliceAsync("default", "cart", "cart-a", new Endpoint("cart-1", "10.42.0.21", "node-1", false));
        await client.CreateSliceAsync("default", "fallback", "fallback-a", new Endpoint("fallback-1", "10.42.0.31", "node-1", true));

        var detail = await Eventually.ReturnsAsync(() => host.Resources.IngressAsync(id, "default", "shop", Cancel),
            d => d is not null && d.Backends.All(b => b.Path.ServiceName == "api" || b.Endpoints?.Total > 0));

        var byPath = detail!.Backends.ToDictionary(b => b.Path.Path + (b.Path.PathType == "DefaultBackend" ? " (default)" : ""));
        byPath["/"].ShouldBe(new IngressBackendCheck(byPath["/"].Path, true, true, new EndpointCounts(2, 2), null));
        byPath["/api"].ServiceExists.ShouldBeFalse();
        byPath["/api"].Problem.ShouldBe("Service api does not exist in namespace default: the ingress controller answers 503 for this path. Create the Service, or point the path at one that exists.");
        byPath["/admin"].PortExists.ShouldBeFalse();
        byPath["/admin"].Problem.ShouldNotBeNull().ShouldStartWith("Service web has no port 9090 (it has http (80))");
        byPath["/cart"].Endpoints.ShouldBe(new EndpointCounts(0, 1));
        byPath["/cart"].Problem.ShouldBe("Service cart has no ready endpoint (none of its 1 pods is ready): the ingress controller answers 503 for this path until a pod is ready.");
        byPath["/ (default)"].Problem.ShouldBeNull();
    }

    private static V1IngressBackend Backend(string service, int port) =>
        new() { Service = new V1IngressServiceBackend { Name = service, Port = new V1ServiceBackendPort { Number = port } } };
}
