using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Tests.Serving;
using Dashboard.Tests.SharedWeb;
using k8s;
using k8s.Models;
using static Dashboard.Tests.Serving.ServingObjects;

namespace Dashboard.Web.Tests.Api;

/// <summary>The API answers with what the pages show: ready/total endpoints, backend checks, events; a viewer may read them.</summary>
public sealed class ResourceApiTests(ApiTestApp app) : IClassFixture<ApiTestApp>, IDisposable
{
    private readonly IKubernetes client = KubernetesClientFactory.Create(app.OtherKubeconfig(), "other", LoopbackClusters.Policy());

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => client.Dispose();

    private async Task<Guid> RegisterAsync(string name) =>
        (await (await app.RegisterAsync(new { name, kubeconfig = app.OtherKubeconfig() })).Content.ReadFromJsonAsync<ClusterSummary>(ApiTestApp.Json, Cancel))!.Id;

    private Task<V1Service> CreateServiceAsync(string name) => client.CoreV1.CreateNamespacedServiceAsync(new V1Service
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1ServiceSpec { Selector = new Dictionary<string, string> { ["app"] = name }, Ports = [new V1ServicePort { Name = "http", Port = 80 }] },
    }, "default", cancellationToken: Cancel);

    /// <summary>Reads until <paramref name="done"/> (the watch brings changes in a moment later), for at most five seconds.</summary>
    private static async Task<JsonElement> EventuallyAsync(HttpClient http, string url, Func<JsonElement, bool> done)
    {
        JsonElement body = default;
        for (var i = 0; i < 100; i++)
        {
            using var response = await http.GetAsync(url, Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
            body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            if (done(body))
                break;
            await Task.Delay(50, Cancel);
        }
        return body;
    }

    [Fact]
    public async Task TheServiceListAndDetailCarryReadyAndTotalEndpoints()
    {
        var id = await RegisterAsync("api-endpoints");
        await CreateServiceAsync("api-web");
        await client.CreateSliceAsync("default", "api-web", "api-web-1",
            new Endpoint("api-web-1", "10.42.1.1", "node-1", true), new Endpoint("api-web-2", "10.42.1.2", "node-2", true), new Endpoint("api-web-3", "10.42.1.3", "node-3", false));

        var list = await EventuallyAsync(app.Client, $"/api/v1/clusters/{id}/services?search=api-web",
            b => b.GetProperty("items").EnumerateArray().Any(s => s.GetProperty("endpoints").ValueKind == JsonValueKind.Object && s.GetProperty("endpoints").GetProperty("total").GetInt32() == 3));
        var row = list.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "api-web");
        (row.GetProperty("endpoints").GetProperty("ready").GetInt32(), row.GetProperty("endpoints").GetProperty("total").GetInt32()).ShouldBe((2, 3));

        var detail = await EventuallyAsync(app.Client, $"/api/v1/clusters/{id}/namespaces/default/services/api-web", _ => true);
        detail.GetProperty("service").GetProperty("endpoints").GetProperty("ready").GetInt32().ShouldBe(2);
        detail.GetProperty("endpoints").EnumerateArray().Select(e => (e.GetProperty("podName").GetString(), e.GetProperty("address").GetString(), e.GetProperty("ready").GetBoolean()))
            .ShouldBe([("api-web-1", "10.42.1.1", true), ("api-web-2", "10.42.1.2", true), ("api-web-3", "10.42.1.3", false)]);
        detail.GetProperty("endpointsProblem").ValueKind.ShouldBe(JsonValueKind.Null);

        (await app.Client.GetAsync($"/api/v1/clusters/{id}/namespaces/default/services/nowhere", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AServiceWithoutReadyPodsSaysSoInItsAnswer()
    {
        var id = await RegisterAsync("api-unready");
        await CreateServiceAsync("api-down");
        await client.CreateSliceAsync("default", "api-down", "api-down-1", new Endpoint("api-down-1", "10.42.2.1", "node-1", false));

        var detail = await EventuallyAsync(app.Client, $"/api/v1/clusters/{id}/namespaces/default/services/api-down",
            b => b.GetProperty("service").GetProperty("endpoints").GetProperty("total").GetInt32() == 1);

        detail.GetProperty("service").GetProperty("endpointsNote").GetString().ShouldBe("No pod behind it is ready: the load balancer has nothing to send to.");
    }

    [Fact]
    public async Task TheIngressDetailFlagsAMissingServiceAndAViewerCanReadItAndTheEvents()
    {
        var id = await RegisterAsync("api-ingress");
        await client.NetworkingV1.CreateNamespacedIngressAsync(new V1Ingress
        {
            Metadata = new V1ObjectMeta { Name = "api-shop" },
            Spec = new V1IngressSpec { DefaultBackend = new V1IngressBackend { Service = new V1IngressServiceBackend { Name = "api-missing", Port = new V1ServiceBackendPort { Number = 80 } } } },
        }, "default", cancellationToken: Cancel);
        // The cluster's ingress-nginx writes its own Sync event; a Warning is added beside it.
        await client.CreateEventAsync("default", "api-shop.2", "Ingress", "api-shop", "Warning", "Rejected", "Service api-missing not found", DateTime.UtcNow);
        await app.Factory.CreateUserAsync("api-viewer", Roles.Viewer, "api-viewer-password");
        using var viewer = await app.Factory.ClientForAsync("api-viewer", "api-viewer-password");

        var detail = await EventuallyAsync(viewer, $"/api/v1/clusters/{id}/namespaces/default/ingresses/api-shop", _ => true);
        var backend = detail.GetProperty("backends").EnumerateArray().ShouldHaveSingleItem();
        backend.GetProperty("serviceExists").GetBoolean().ShouldBeFalse();
        backend.GetProperty("problem").GetString().ShouldNotBeNull().ShouldStartWith("Service api-missing does not exist in namespace default");

        var events = await EventuallyAsync(viewer, $"/api/v1/clusters/{id}/namespaces/default/ingresses/api-shop/events", b => b.GetProperty("items").GetArrayLength() == 2);
        events.GetProperty("items").EnumerateArray().Select(e => (e.GetProperty("reason").GetString(), e.GetProperty("type").GetString())).ShouldBe([("Rejected", "Warning"), ("Sync", "Normal")], ignoreOrder: true);
        events.GetProperty("problem").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task TheEventsOfAServiceAreServedNewestFirstWithCountAndSource()
    {
        var id = await RegisterAsync("api-events");
        await CreateServiceAsync("api-lb");
        var now = DateTime.UtcNow;
        await client.CreateEventAsync("default", "api-lb.1", "Service", "api-lb", "Normal", "EnsuringLoadBalancer", "Ensuring load balancer", now.AddMinutes(-5));
        await client.CreateEventAsync("default", "api-lb.2", "Service", "api-lb", "Normal", "EnsuredLoadBalancer", "Ensured load balancer", now, count: 2);

        var events = await EventuallyAsync(app.Client, $"/api/v1/clusters/{id}/namespaces/default/services/api-lb/events", b => b.GetProperty("items").GetArrayLength() == 2);

        var newest = events.GetProperty("items")[0];
        newest.GetProperty("reason").GetString().ShouldBe("EnsuredLoadBalancer");
        newest.GetProperty("count").GetInt32().ShouldBe(2);
        newest.GetProperty("source").GetString().ShouldBe("service-controller");
        newest.GetProperty("isWarning").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheNewRoutes()
    {
        var document = await app.Client.GetStringAsync("/openapi/v1.json", Cancel);

        document.ShouldContain("\"/api/v1/clusters/{id}/namespaces/{ns}/services/{name}\"");
        document.ShouldContain("\"/api/v1/clusters/{id}/namespaces/{ns}/services/{name}/events\"");
        document.ShouldContain("\"/api/v1/clusters/{id}/namespaces/{ns}/ingresses/{name}/events\"");
        document.ShouldContain("ready/total endpoints");
    }
}
