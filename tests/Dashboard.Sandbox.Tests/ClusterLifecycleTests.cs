using System.Net.Sockets;
using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests;

/// <summary>Starting, addressing and stopping a sandbox: the public API the dashboard builds on.</summary>
public sealed class ClusterLifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AStartedClusterListensOnLoopbackAndNamesItsProfile()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions(), Ct);

        cluster.Profile.ShouldBe("rke-custom");
        cluster.Port.ShouldBeGreaterThan(0);
        cluster.Url.ShouldBe(new Uri($"https://127.0.0.1:{cluster.Port}"));
    }

    [Fact]
    public async Task AnUnknownProfileIsAnArgumentErrorNamingTheKnownOnes()
    {
        var error = await Should.ThrowAsync<ArgumentException>(() => SandboxCluster.StartAsync(new SandboxOptions { Profile = "openshift" }, Ct));

        error.Message.ShouldContain("openshift");
        error.Message.ShouldContain("rke-custom");
        SandboxProfiles.Exists("openshift").ShouldBeFalse();
        SandboxProfiles.Names.ShouldContain("rke-custom");
    }

    [Fact]
    public async Task APortInUseIsAnIOExceptionSoTheCallerCanRetryWithPortZero()
    {
        using var blocker = new TcpListener(System.Net.IPAddress.Loopback, 0);
        blocker.Start();
        var taken = ((System.Net.IPEndPoint)blocker.LocalEndpoint).Port;

        await Should.ThrowAsync<IOException>(() => SandboxCluster.StartAsync(new SandboxOptions { Port = taken }, Ct));
        await using var retried = await SandboxCluster.StartAsync(new SandboxOptions { Port = 0 }, Ct);

        retried.Port.ShouldNotBe(taken);
    }

    [Fact]
    public async Task TheKubeconfigIsWrittenInANewDirectoryAndWorksWithKubernetesClient()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions { Token = "fixed-token" }, Ct);
        var path = Path.Combine(Path.GetTempPath(), "sandbox-kubeconfig-" + Guid.NewGuid().ToString("N")[..8], "nested", "rke.kubeconfig");
        try
        {
            await cluster.WriteKubeconfigAsync(path, "sandbox-rke-custom", Ct);
            using var client = new Kubernetes(await KubernetesClientConfiguration.BuildConfigFromConfigFileAsync(new FileInfo(path)));

            var nodes = await client.CoreV1.ListNodeAsync(cancellationToken: Ct);
            var yaml = await File.ReadAllTextAsync(path, Ct);

            nodes.Items.Count.ShouldBe(3);
            yaml.ShouldContain("current-context: \"sandbox-rke-custom\"");
            yaml.ShouldContain("token: \"fixed-token\"");
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(path))!, recursive: true);
        }
    }

    [Fact]
    public async Task RequestCountCountsApiRequestsButNotHealthProbes()
    {
        await using var cluster = await SandboxCluster.StartAsync(new SandboxOptions(), Ct);
        using var client = SandboxFixture.ClientFor(cluster);
        using var http = new HttpClient(cluster.CreateHttpHandler()) { BaseAddress = cluster.Url };
        var before = cluster.RequestCount;

        await client.CoreV1.ListNodeAsync(cancellationToken: Ct);
        await client.CoreV1.ListNamespaceAsync(cancellationToken: Ct);
        (await http.GetStringAsync(new Uri("/healthz", UriKind.Relative), Ct)).ShouldBe("ok");

        (cluster.RequestCount - before).ShouldBe(2);
    }

    [Fact]
    public async Task DisposingEndsOpenWatchesPromptly()
    {
        var cluster = await SandboxCluster.StartAsync(new SandboxOptions(), Ct);
        using var client = SandboxFixture.ClientFor(cluster);
        var watching = Task.Run(async () =>
        {
            await foreach (var _ in client.CoreV1.WatchListNamespacedServiceAsync("default", onError: _ => { }, cancellationToken: Ct))
            {
            }
        }, Ct);
        await Task.Delay(200, Ct);

        var started = DateTime.UtcNow;
        await cluster.DisposeAsync();

        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(2.5));
        await Should.NotThrowAsync(() => watching.WaitAsync(TimeSpan.FromSeconds(5), Ct));
    }
}
