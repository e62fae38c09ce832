using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.Faults;

/// <summary><see cref="SandboxCluster.Unreachable"/>: the cluster looks down, with no HTTP answer at all, until it is set back.</summary>
public sealed class UnreachableTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WhileUnreachableRequestsFailWithoutAnyHttpResponseThenWorkAgain()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions(), Ct);
        using var client = SandboxFixture.ClientFor(cluster);
        await client.CoreV1.ListNodeAsync(cancellationToken: Ct);

        cluster.Unreachable = true;
        var failure = await Should.ThrowAsync<Exception>(() => client.CoreV1.ListNodeAsync(cancellationToken: Ct));
        cluster.Unreachable = false;
        var nodes = await client.CoreV1.ListNodeAsync(cancellationToken: Ct);

        // Not an HttpOperationException: that would mean a status code came back.
        failure.ShouldBeOfType<HttpRequestException>();
        nodes.Items.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/version")]
    [InlineData("/api/v1/namespaces")]
    public async Task NoPathIsAnsweredWhileUnreachableAndNothingCountsAsServed(string path)
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions(), Ct);
        using var http = SandboxFixture.CreateHttpClient(cluster);
        var before = cluster.RequestCount;

        cluster.Unreachable = true;

        // A dropped connection surfaces as HttpRequestException or, when the reset wins the race, a bare SocketException.
        var error = await Should.ThrowAsync<Exception>(() => http.GetAsync(new Uri(path, UriKind.Relative), Ct));
        (error is HttpRequestException or System.Net.Sockets.SocketException or IOException).ShouldBeTrue(error.GetType().FullName);
        cluster.Unreachable.ShouldBeTrue();
        cluster.RequestCount.ShouldBe(before);
    }

    [Fact]
    public async Task KubectlSeesTheClusterAsDownUntilItIsReachableAgain()
    {
        await using var sandbox = new SandboxFixture();
        await sandbox.InitializeAsync();
        var kubectl = new KubectlRunner(sandbox);
        (await kubectl.RunAsync(Ct, "get", "nodes")).ExitCode.ShouldBe(0);

        sandbox.Cluster.Unreachable = true;
        var down = await kubectl.RunAsync(Ct, "get", "nodes", "--request-timeout=1s");
        sandbox.Cluster.Unreachable = false;
        var up = await kubectl.RunAsync(Ct, "get", "nodes");

        down.ExitCode.ShouldBe(1);
        // kubectl retries a broken connection until its timeout, then reports the last error.
        down.Error.ShouldMatch("connection reset by peer|EOF");
        up.ExitCode.ShouldBe(0, up.Error);
    }

    [Fact]
    public async Task BecomingUnreachableBreaksOpenWatches()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions(), Ct);
        using var client = SandboxFixture.ClientFor(cluster);
        await using var watch = ConfigMapWatch.Start(client, "default", Ct);
        await watch.EstablishAsync("watched", Ct);

        cluster.Unreachable = true;

        (await watch.EndsWithinAsync(TimeSpan.FromSeconds(3))).ShouldBeTrue();
        // A broken connection, not a clean end of stream: the client reads an I/O error.
        var error = watch.Ended.Exception.ShouldNotBeNull().InnerException.ShouldNotBeNull();
        error.ShouldBeAssignableTo<IOException>();
    }
}
