using System.Net;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Client;

/// <summary>A watch from a resourceVersion older than the retained window gets 410 Gone, as from a real server.</summary>
public sealed class ExpiredWatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AWatchFromAnExpiredResourceVersionGetsAGoneStatusEvent()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions { RetainedEvents = 5 }, Ct);
        using var client = SandboxFixture.ClientFor(cluster);
        var before = await client.CoreV1.ListNamespacedConfigMapAsync("default", cancellationToken: Ct);
        for (var i = 0; i < 10; i++)
        {
            await client.CoreV1.CreateNamespacedConfigMapAsync(Objects.ConfigMap($"cm-{i}"), "default", cancellationToken: Ct);
        }

        var errors = new List<Exception>();
        var events = new List<WatchEventType>();
        await foreach (var (type, _) in client.CoreV1.WatchListNamespacedConfigMapAsync("default", resourceVersion: before.Metadata.ResourceVersion, onError: errors.Add, cancellationToken: Ct))
        {
            events.Add(type);
        }

        events.ShouldBeEmpty();
        var status = errors.ShouldHaveSingleItem().ShouldBeOfType<KubernetesException>().Status;
        status.Code.ShouldBe((int)HttpStatusCode.Gone);
        status.Reason.ShouldBe("Expired");
        status.Message.ShouldStartWith($"too old resource version: {before.Metadata.ResourceVersion} (");
    }

    [Fact]
    public async Task AWatchInsideTheWindowReplaysTheMissedEvents()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions { RetainedEvents = 50 }, Ct);
        using var client = SandboxFixture.ClientFor(cluster);
        var before = await client.CoreV1.ListNamespacedConfigMapAsync("default", cancellationToken: Ct);
        await client.CoreV1.CreateNamespacedConfigMapAsync(Objects.ConfigMap("missed"), "default", cancellationToken: Ct);

        await foreach (var (type, configMap) in client.CoreV1.WatchListNamespacedConfigMapAsync("default", resourceVersion: before.Metadata.ResourceVersion, cancellationToken: Ct))
        {
            type.ShouldBe(WatchEventType.Added);
            configMap.Metadata.Name.ShouldBe("missed");
            return;
        }

        Assert.Fail("the watch ended without replaying the missed event");
    }
}
