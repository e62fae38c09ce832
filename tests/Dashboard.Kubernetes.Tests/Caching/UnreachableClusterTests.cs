using Dashboard.Kubernetes.Resources;

namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>A cluster that stops answering is reported with a sentence, without affecting the other clusters.</summary>
public sealed class UnreachableClusterTests : IAsyncLifetime
{
    private CachingHost host = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => host = await CachingHost.StartAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task AClusterThatGoesAwayIsUnavailableWhileAnotherKeepsWorkingAndItRecovers()
    {
        var (down, downSandbox) = await host.AddClusterAsync("going-down");
        var (up, upSandbox) = await host.AddClusterAsync("staying-up");
        await host.Resources.ServicesAsync(down, new ResourceQuery(), Cancel);
        await host.Resources.ServicesAsync(up, new ResourceQuery(), Cancel);

        downSandbox.Unreachable = true;

        var status = await Eventually.ReturnsAsync(() => host.Resources.Status(down), s => s.State == CacheState.Unavailable);
        status.State.ShouldBe(CacheState.Unavailable);
        // Refused or cut during the TLS handshake, depending on timing: either way a sentence naming the server and what to check.
        status.Error.ShouldNotBeNull().ShouldContain($"https://127.0.0.1:{downSandbox.Port}");
        status.Error.ShouldContain("Check the");
        status.Since.ShouldNotBeNull();
        // What was last seen stays readable.
        (await host.Resources.ServicesAsync(down, new ResourceQuery(), Cancel)).Items.ShouldContain(s => s.Name == "kubernetes");
        await host.ClientFor(upSandbox).CreateServiceAsync("default", "still-served");
        (await Eventually.ReturnsAsync(() => host.Resources.ServicesAsync(up, new ResourceQuery(Search: "still-served"), Cancel), p => p.Total == 1)).Total.ShouldBe(1);
        host.Resources.Status(up).State.ShouldBe(CacheState.Ready);

        downSandbox.Unreachable = false;

        var recovered = await Eventually.ReturnsAsync(() => host.Resources.Status(down), s => s.State == CacheState.Ready);
        recovered.State.ShouldBe(CacheState.Ready);
        recovered.Error.ShouldBeNull();
        await host.ClientFor(downSandbox).CreateServiceAsync("default", "after-outage");
        (await Eventually.ReturnsAsync(() => host.Resources.ServicesAsync(down, new ResourceQuery(Search: "after-outage"), Cancel), p => p.Total == 1)).Total.ShouldBe(1);
    }

    [Fact]
    public async Task TheFirstReadOfAClusterThatDoesNotAnswerThrowsTheReason()
    {
        var (id, sandbox) = await host.AddClusterAsync("never-loaded");
        sandbox.Unreachable = true;

        var error = await Should.ThrowAsync<ClusterUnavailableException>(() => host.Resources.NamespacesAsync(id, Cancel));

        error.Message.ShouldContain($"https://127.0.0.1:{sandbox.Port}");
        error.Message.ShouldContain("Check the");
        host.Resources.Status(id).State.ShouldBe(CacheState.Unavailable);
        await Should.ThrowAsync<ClusterUnavailableException>(() => host.Resources.FactsAsync(id, Cancel));
    }
}
