using System.Net;
using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.Faults;

/// <summary><see cref="SandboxCluster.ExpireHistory"/>: resuming from before it is 410 Gone, as after an etcd compaction.</summary>
public sealed class ExpireHistoryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AWatchResumingFromTheNewestResourceVersionBeforeTheExpiryGetsGoneExpired()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions(), Ct);
        using var client = SandboxFixture.ClientFor(cluster);
        // No write between the list and the expiry: even the newest resourceVersion becomes too old.
        var list = await client.CoreV1.ListNamespacedConfigMapAsync("default", cancellationToken: Ct);

        cluster.ExpireHistory();
        await using var watch = ConfigMapWatch.Start(client, "default", Ct, list.Metadata.ResourceVersion);

        (await watch.EndsWithinAsync(TimeSpan.FromSeconds(5))).ShouldBeTrue();
        var status = watch.Errors.ShouldHaveSingleItem().ShouldBeOfType<KubernetesException>().Status;
        (status.Code, status.Reason).ShouldBe(((int)HttpStatusCode.Gone, "Expired"));
        status.Message.ShouldStartWith($"too old resource version: {list.Metadata.ResourceVersion} (");
    }

    [Fact]
    public async Task AListContinuingWithATokenFromBeforeTheExpiryGetsGoneExpired()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions(), Ct);
        using var client = SandboxFixture.ClientFor(cluster);
        await client.CoreV1.CreateNamespacedConfigMapAsync(Objects.ConfigMap("a"), "default", cancellationToken: Ct);
        await client.CoreV1.CreateNamespacedConfigMapAsync(Objects.ConfigMap("b"), "default", cancellationToken: Ct);
        var firstPage = await client.CoreV1.ListNamespacedConfigMapAsync("default", limit: 1, cancellationToken: Ct);

        cluster.ExpireHistory();
        var (code, reason, message) = await ApiError.Of(() =>
            client.CoreV1.ListNamespacedConfigMapAsync("default", limit: 1, continueParameter: firstPage.Metadata.ContinueProperty, cancellationToken: Ct));

        firstPage.Metadata.ContinueProperty.ShouldNotBeNullOrEmpty();
        (code, reason).ShouldBe((HttpStatusCode.Gone, "Expired"));
        message.ShouldStartWith("The provided continue parameter is too old");
    }

    [Fact]
    public async Task AfterTheExpiryAFreshListCanBeWatchedFromAndOpenWatchesCarryOn()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions(), Ct);
        using var client = SandboxFixture.ClientFor(cluster);
        await using var open = ConfigMapWatch.Start(client, "default", Ct);
        await open.EstablishAsync("before", Ct);

        cluster.ExpireHistory();
        var list = await client.CoreV1.ListNamespacedConfigMapAsync("default", cancellationToken: Ct);
        await using var resumed = ConfigMapWatch.Start(client, "default", Ct, list.Metadata.ResourceVersion);
        await resumed.EstablishAsync("after", Ct);
        var seenByOpen = await open.NextAsync(Ct);

        seenByOpen.Object.Metadata.Name.ShouldBe("after");
        resumed.Errors.ShouldBeEmpty();
    }
}
