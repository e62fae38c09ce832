using System.Net;
using System.Text;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Networks;
using Dashboard.Kubernetes.Tests.Clusters;
using Dashboard.Sandbox;
using k8s;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Tests.Networks;

/// <summary>
/// The address policy at connect time, against a real sandbox over HTTPS on 127.0.0.1. Refused addresses outside
/// loopback (169.254.169.254) are never contacted: the refusal arrives as our exception from the connect step.
/// </summary>
public class AddressPolicyConnectionTests : IAsyncLifetime
{
    private SandboxCluster sandbox = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => sandbox = await SandboxCluster.StartAsync(new SandboxOptions(), Cancel);

    public async ValueTask DisposeAsync() => await sandbox.DisposeAsync();

    private static ClusterAddressPolicy DefaultPolicy(LocalEndpoints? local = null) =>
        new(Options.Create(new ClusterAddressOptions()), local ?? new LocalEndpoints());

    private static ClusterConnector Connector(ClusterAddressPolicy policy) => new(NullLogger<ClusterConnector>.Instance, policy);

    private string KubeconfigWithServer(string server) =>
        sandbox.KubeconfigYaml("ctx").Replace($"https://127.0.0.1:{sandbox.Port}", server.TrimEnd('/'), StringComparison.Ordinal);

    [Fact]
    public async Task TheDefaultPolicyRefusesAStandaloneSandboxOnLoopbackBeforeSendingAnything()
    {
        var before = sandbox.RequestCount;
        using var client = KubernetesClientFactory.Create(sandbox.KubeconfigYaml("ctx"), "ctx", DefaultPolicy());

        var error = await Should.ThrowAsync<HttpRequestException>(() => client.Version.GetCodeAsync(Cancel));

        var refused = error.InnerException.ShouldBeOfType<ClusterAddressRefusedException>();
        refused.Verdict.Ruling.ShouldBe(AddressRuling.NotListed);
        sandbox.RequestCount.ShouldBe(before);
    }

    [Fact]
    public async Task TheProbeSaysWhichSettingToChangeForALoopbackCluster()
    {
        var probe = await Connector(DefaultPolicy()).ProbeAsync(sandbox.KubeconfigYaml("ctx"), "ctx", Cancel);

        probe.Reachable.ShouldBeFalse();
        probe.Error.ShouldNotBeNull().ShouldContain("is a loopback address, which Dashboard:Clusters:AllowedNetworks does not list");
        probe.Error.ShouldContain("127.0.0.0/8");
    }

    [Fact]
    public async Task ListingLoopbackConnectsOverTlsWithTheKubeconfigsAuthorityAndToken()
    {
        var probe = await Connector(LoopbackClusters.Policy()).ProbeAsync(sandbox.KubeconfigYaml("ctx"), "ctx", Cancel);

        probe.Reachable.ShouldBeTrue(probe.Error);
        probe.NodeCount.ShouldBe(3);
    }

    [Fact]
    public async Task TheEmbeddedSandboxesPortIsAllowedByTheDefaultPolicy()
    {
        var local = new LocalEndpoints();
        local.AddEmbeddedSandbox(new IPEndPoint(IPAddress.Loopback, sandbox.Port));

        var probe = await Connector(DefaultPolicy(local)).ProbeAsync(sandbox.KubeconfigYaml("ctx"), "ctx", Cancel);

        probe.Reachable.ShouldBeTrue(probe.Error);
    }

    [Fact]
    public async Task AHostNameThatResolvesToLoopbackIsRefusedLikeTheLiteral()
    {
        var before = sandbox.RequestCount;

        var probe = await Connector(DefaultPolicy()).ProbeAsync(KubeconfigWithServer($"https://localhost:{sandbox.Port}/"), "ctx", Cancel);

        probe.Error.ShouldNotBeNull().ShouldStartWith("The API server host localhost resolves to ");
        probe.Error.ShouldContain("which is a loopback address");
        sandbox.RequestCount.ShouldBe(before);
    }

    [Fact]
    public async Task AnIpv4MappedIpv6LoopbackAddressIsRefused()
    {
        using var client = KubernetesClientFactory.Create(KubeconfigWithServer($"https://[::ffff:127.0.0.1]:{sandbox.Port}/"), "ctx", DefaultPolicy());

        var error = await Should.ThrowAsync<HttpRequestException>(() => client.Version.GetCodeAsync(Cancel));

        error.InnerException.ShouldBeOfType<ClusterAddressRefusedException>().Verdict.Address.ShouldBe(IPAddress.Loopback);
    }

    [Fact]
    public async Task TheDashboardsOwnListenerIsRefusedEvenWhenLoopbackIsAllowed()
    {
        var local = new LocalEndpoints();
        local.AddDashboardListener(IPAddress.Loopback, sandbox.Port); // the sandbox's port stands in for the dashboard's
        var before = sandbox.RequestCount;

        var probe = await Connector(LoopbackClusters.Policy(local)).ProbeAsync(sandbox.KubeconfigYaml("ctx"), "ctx", Cancel);

        probe.Error.ShouldNotBeNull().ShouldContain($"is the dashboard's own listener (port {sandbox.Port})");
        sandbox.RequestCount.ShouldBe(before);
    }

    [Fact]
    public async Task TheMetadataAddressIsRefusedByTheConnectStepNotByATimeout()
    {
        using var client = KubernetesClientFactory.Create(KubeconfigWithServer("https://169.254.169.254/"), "ctx", LoopbackClusters.Policy());

        var error = await Should.ThrowAsync<HttpRequestException>(() => client.Version.GetCodeAsync(Cancel));

        var refused = error.InnerException.ShouldBeOfType<ClusterAddressRefusedException>();
        refused.Verdict.Ruling.ShouldBe(AddressRuling.Denied);
        refused.Message.ShouldContain("is in 169.254.0.0/16, which Dashboard:Clusters:DeniedNetworks refuses");
    }

    [Fact]
    public async Task ARedirectToAnotherAddressIsNotFollowed()
    {
        using var target = new LoopbackHttpServer(response =>
        {
            response.StatusCode = 200;
            return Task.CompletedTask;
        });
        using var redirecting = new LoopbackHttpServer(response =>
        {
            response.StatusCode = 302;
            response.RedirectLocation = new Uri(target.Url, "/version").ToString();
            return Task.CompletedTask;
        });

        var probe = await Connector(LoopbackClusters.Policy()).ProbeAsync(KubeconfigWithServer(redirecting.Url.ToString()), "ctx", Cancel);

        probe.Error.ShouldNotBeNull().ShouldContain("answered 302 (a redirect), which the dashboard does not follow");
        redirecting.Requests.ShouldBe(1);
        target.Requests.ShouldBe(0);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task TheProbesSentenceCarriesNothingTheServerSent(int status)
    {
        const string Marker = "REMOTE-MARKER-7f3a";
        using var server = new LoopbackHttpServer(async response =>
        {
            response.StatusCode = status;
            response.StatusDescription = $"Broken {Marker}";
            response.ContentType = "application/json";
            var body = Encoding.UTF8.GetBytes($$"""{"kind":"Status","apiVersion":"v1","status":"Failure","message":"{{Marker}} internal detail","code":{{status}}}""");
            await response.OutputStream.WriteAsync(body);
        });

        var probe = await Connector(LoopbackClusters.Policy()).ProbeAsync(KubeconfigWithServer(server.Url.ToString()), "ctx", Cancel);

        server.Requests.ShouldBeGreaterThan(0);
        probe.Reachable.ShouldBeFalse();
        probe.Error.ShouldNotBeNull().ShouldNotContain(Marker);
        probe.Error.ShouldNotContain("internal detail");
    }
}
