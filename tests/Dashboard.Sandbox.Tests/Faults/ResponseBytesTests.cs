using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.Faults;

/// <summary><see cref="SandboxCluster.ResponseBytes"/>: what the cluster sent, for benchmarks.</summary>
public sealed class ResponseBytesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResponseBytesAreTheBodyBytesOfApiResponsesButNotOfHealthProbes()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions(), Ct);
        using var http = SandboxFixture.CreateHttpClient(cluster);
        var before = cluster.ResponseBytes;

        var nodes = await http.GetByteArrayAsync(new Uri("/api/v1/nodes", UriKind.Relative), Ct);
        var missing = await http.GetAsync(new Uri("/api/v1/namespaces/default/services/none", UriKind.Relative), Ct);
        var missingBody = await missing.Content.ReadAsByteArrayAsync(Ct);
        var afterApi = cluster.ResponseBytes;
        await http.GetStringAsync(new Uri("/healthz", UriKind.Relative), Ct);

        (afterApi - before).ShouldBe(nodes.Length + missingBody.Length);
        nodes.Length.ShouldBeGreaterThan(1000);
        cluster.ResponseBytes.ShouldBe(afterApi);
    }

    [Fact]
    public async Task WatchStreamBytesAreCountedAsTheyAreWritten()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions(), Ct);
        using var http = SandboxFixture.CreateHttpClient(cluster);
        var before = cluster.ResponseBytes;

        var stream = await http.GetByteArrayAsync(new Uri("/api/v1/nodes?watch=true&timeoutSeconds=1", UriKind.Relative), Ct);

        stream.Length.ShouldBeGreaterThan(1000); // three ADDED events
        (cluster.ResponseBytes - before).ShouldBe(stream.Length);
    }
}
