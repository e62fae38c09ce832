using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Client;

/// <summary>Watch streams as KubernetesClient's generated WatchList…Async consumes them.</summary>
public sealed class WatchTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ICoreV1Operations Core => sandbox.Client.CoreV1;

    [Fact]
    public async Task AWatchFromAListSeesAddedModifiedAndDeleted()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var list = await Core.ListNamespacedServiceAsync(ns, cancellationToken: Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var watching = CollectAsync(Core.WatchListNamespacedServiceAsync(ns, resourceVersion: list.Metadata.ResourceVersion, cancellationToken: timeout.Token), 3);

        await Core.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct);
        await Core.PatchNamespacedServiceAsync(new V1Patch("""{"metadata":{"labels":{"a":"b"}}}""", V1Patch.PatchType.MergePatch), "web", ns, cancellationToken: Ct);
        await Core.DeleteNamespacedServiceAsync("web", ns, cancellationToken: Ct);
        var events = await watching;

        events.Select(e => e.Type).ShouldBe([WatchEventType.Added, WatchEventType.Modified, WatchEventType.Deleted]);
        events.ShouldAllBe(e => e.Service.Metadata.Name == "web");
        events[1].Service.Metadata.Labels["a"].ShouldBe("b");
        events.Select(e => long.Parse(e.Service.Metadata.ResourceVersion)).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public async Task AWatchWithoutResourceVersionStartsWithEveryExistingObject()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(Objects.Service("one"), ns, cancellationToken: Ct);
        await Core.CreateNamespacedServiceAsync(Objects.Service("two"), ns, cancellationToken: Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));

        var events = await CollectAsync(Core.WatchListNamespacedServiceAsync(ns, cancellationToken: timeout.Token), 2);

        events.Select(e => (e.Type, e.Service.Metadata.Name)).ShouldBe([(WatchEventType.Added, "one"), (WatchEventType.Added, "two")]);
    }

    [Fact]
    public async Task ALabelSelectedWatchSeesAnObjectLeaveItsSelectionAsDeleted()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(Objects.Service("web", labels: new Dictionary<string, string> { ["watched"] = "yes" }), ns, cancellationToken: Ct);
        var list = await Core.ListNamespacedServiceAsync(ns, labelSelector: "watched=yes", cancellationToken: Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var watching = CollectAsync(Core.WatchListNamespacedServiceAsync(ns, labelSelector: "watched=yes", resourceVersion: list.Metadata.ResourceVersion, cancellationToken: timeout.Token), 2);

        await Core.PatchNamespacedServiceAsync(new V1Patch("""{"metadata":{"labels":{"watched":"yes","other":"x"}}}""", V1Patch.PatchType.MergePatch), "web", ns, cancellationToken: Ct);
        await Core.PatchNamespacedServiceAsync(new V1Patch("""{"metadata":{"labels":{"watched":"maybe"}}}""", V1Patch.PatchType.MergePatch), "web", ns, cancellationToken: Ct);
        await Core.PatchNamespacedServiceAsync(new V1Patch("""{"metadata":{"labels":{"watched":"yes"}}}""", V1Patch.PatchType.MergePatch), "web", ns, cancellationToken: Ct);
        var events = await watching;

        list.Items.ShouldHaveSingleItem();
        events.Select(e => e.Type).ShouldBe([WatchEventType.Modified, WatchEventType.Deleted]);
    }

    [Fact]
    public async Task ALabelSelectedWatchSeesAnObjectEnterItsSelectionAsAdded()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct);
        var list = await Core.ListNamespacedServiceAsync(ns, labelSelector: "watched=yes", cancellationToken: Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var watching = CollectAsync(Core.WatchListNamespacedServiceAsync(ns, labelSelector: "watched=yes", resourceVersion: list.Metadata.ResourceVersion, cancellationToken: timeout.Token), 1);

        await Core.PatchNamespacedServiceAsync(new V1Patch("""{"metadata":{"labels":{"watched":"yes"}}}""", V1Patch.PatchType.MergePatch), "web", ns, cancellationToken: Ct);
        var events = await watching;

        list.Items.ShouldBeEmpty();
        events.Select(e => e.Type).ShouldBe([WatchEventType.Added]);
    }

    private static async Task<List<(WatchEventType Type, V1Service Service)>> CollectAsync(IAsyncEnumerable<(WatchEventType, V1Service)> stream, int count)
    {
        var events = new List<(WatchEventType, V1Service)>();
        await foreach (var change in stream)
        {
            events.Add(change);
            if (events.Count == count)
            {
                break;
            }
        }

        return events;
    }
}
