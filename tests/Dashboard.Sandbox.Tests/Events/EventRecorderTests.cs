using System.Text.Json.Nodes;
using Dashboard.Sandbox.Controllers;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Events;

/// <summary>The recorder every controller writes through: names, references, aggregation of repeats, expiry.</summary>
public sealed class EventRecorderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (ObjectStore Store, EventRecorder Recorder, JsonObject Pod) Recording()
    {
        var store = new ObjectStore(100, TimeProvider.System);
        store.Create(ResourceCatalog.Namespaces, string.Empty, new JsonObject { ["metadata"] = new JsonObject { ["name"] = "default" } }, dryRun: false);
        var pod = store.Create(ResourceCatalog.Pods, "default", new JsonObject
        {
            ["metadata"] = new JsonObject { ["name"] = "web-1" },
            ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "c", ["image"] = "nginx" }) },
        }, dryRun: false).Thaw();
        return (store, new EventRecorder(store), pod);
    }

    [Fact]
    public void AnEventNamesItsObjectAndReferencesItFully()
    {
        var (store, recorder, pod) = Recording();

        recorder.Normal(ResourceCatalog.Pods, pod, EventSource.Kubelet("node-1"), "Started", "Started container c", "spec.containers{c}");

        var ev = ((IStoreReader)store).List(ResourceCatalog.Events).ShouldHaveSingleItem();
        ev.Name().ShouldMatch("^web-1\\.[0-9a-f]{16}$");
        var involved = ev.ObjectAt("involvedObject")!;
        (involved.StringAt("kind"), involved.StringAt("namespace"), involved.StringAt("name"), involved.StringAt("apiVersion"), involved.StringAt("fieldPath"))
            .ShouldBe(("Pod", "default", "web-1", "v1", "spec.containers{c}"));
        involved.StringAt("uid").ShouldBe(pod.ObjectAt("metadata").StringAt("uid"));
        involved.StringAt("resourceVersion").ShouldBe(pod.ResourceVersion());
        (ev.StringAt("type"), ev.StringAt("reason"), ev.LongAt("count")).ShouldBe(("Normal", "Started", 1L));
        (ev.ObjectAt("source").StringAt("component"), ev.ObjectAt("source").StringAt("host")).ShouldBe(("kubelet", "node-1"));
        (ev.StringAt("reportingComponent"), ev.StringAt("reportingInstance")).ShouldBe(("kubelet", "node-1"));
        ev.StringAt("firstTimestamp").ShouldBe(ev.StringAt("lastTimestamp"));
    }

    [Fact]
    public void ARepeatedEventCountsUpInsteadOfMakingAnother()
    {
        var (store, recorder, pod) = Recording();

        recorder.Warning(ResourceCatalog.Pods, pod, EventSource.Scheduler, "FailedScheduling", "0/3 nodes are available");
        recorder.Warning(ResourceCatalog.Pods, pod, EventSource.Scheduler, "FailedScheduling", "0/3 nodes are available");
        recorder.Warning(ResourceCatalog.Pods, pod, EventSource.Scheduler, "FailedScheduling", "0/3 nodes are available");
        recorder.Warning(ResourceCatalog.Pods, pod, EventSource.Scheduler, "FailedScheduling", "0/4 nodes are available");

        var events = ((IStoreReader)store).List(ResourceCatalog.Events);
        events.Select(e => (e.StringAt("message"), e.LongAt("count"))).Order().ShouldBe([("0/3 nodes are available", 3L), ("0/4 nodes are available", 1L)]);
    }

    [Fact]
    public async Task EventsExpireAfterTheirTimeToLive()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions { EventTtl = TimeSpan.FromSeconds(2) }, Ct);
        using var client = SandboxFixture.ClientFor(cluster);
        await client.CoreV1.CreateNamespacedPodAsync(new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = "short" },
            Spec = new V1PodSpec { Containers = [new V1Container { Name = "c", Image = "nginx:1.27" }] },
        }, "default", cancellationToken: Ct);

        var recorded = await Eventually.ReturnsAsync(() => client.CoreV1.ListNamespacedEventAsync("default", cancellationToken: Ct), l => l.Items.Any(e => e.Reason == "Started"), Ct);
        var expired = await Eventually.ReturnsAsync(() => client.CoreV1.ListNamespacedEventAsync("default", cancellationToken: Ct), l => l.Items.Count == 0, Ct, 8000);

        recorded.Items.ShouldNotBeEmpty();
        expired.Items.ShouldBeEmpty();
    }
}
