using System.Security.Cryptography;
using Dashboard.Sandbox.Api;
using Dashboard.Sandbox.Controllers;
using Dashboard.Sandbox.Profiles;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox;

/// <summary>
/// A running emulated Kubernetes cluster: an in-memory API server on 127.0.0.1 that
/// KubernetesClient and kubectl both accept, filled and driven by a profile.
/// </summary>
public sealed partial class SandboxCluster : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SandboxApi api;
    private readonly ObjectStore store;
    private readonly ProfileController controller;
    private readonly ClusterControllers clusterControllers;
    private readonly WorkloadControllers workloads;
    private readonly CancellationTokenSource stopping;
    private readonly WatchCutoff watches;
    private readonly string token;
    private readonly SandboxCertificates certificates;
    private int disposed;

    private SandboxCluster(string profile, int port, string token, SandboxCertificates certificates, WebApplication app, SandboxApi api, ObjectStore store, ProfileController controller, ClusterControllers clusterControllers, WorkloadControllers workloads, CancellationTokenSource stopping, WatchCutoff watches)
    {
        Profile = profile;
        Port = port;
        Url = new Uri($"https://127.0.0.1:{port}");
        this.token = token;
        this.certificates = certificates;
        this.app = app;
        this.api = api;
        this.store = store;
        this.controller = controller;
        this.clusterControllers = clusterControllers;
        this.workloads = workloads;
        this.stopping = stopping;
        this.watches = watches;
    }

    public string Profile { get; }

    /// <summary><c>https://127.0.0.1:&lt;port&gt;</c>, with a certificate from the sandbox's own CA (in its kubeconfig).</summary>
    public Uri Url { get; }

    public int Port { get; }

    /// <summary>
    /// Stores the profile's initial objects and starts serving. An unknown profile is an
    /// <see cref="ArgumentException"/> naming the known ones; a port in use is an
    /// <see cref="IOException"/> from Kestrel, so the caller can retry with port 0.
    /// </summary>
    public static async Task<SandboxCluster> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var profile = SandboxProfiles.Get(options.Profile);
        if (options.Token is { } given && string.IsNullOrWhiteSpace(given))
        {
            throw new ArgumentException("The sandbox token must not be blank; pass null for a random one.", nameof(options));
        }

        var token = options.Token ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var store = new ObjectStore(options.RetainedEvents, TimeProvider.System);
        var events = new EventRecorder(store);
        var controller = new ProfileController(store, profile, events);
        var clusterControllers = new ClusterControllers(store);
        var workloads = new WorkloadControllers(store, profile, events, options.PodStartDelay, options.EventTtl);
        InitialObjects.Load(store, profile);
        controller.Start();
        clusterControllers.Start();
        workloads.Start();
        var stopping = new CancellationTokenSource();
        var watches = new WatchCutoff(stopping.Token);
        var api = new SandboxApi(store, profile.Served, token, profile.KubernetesVersion, watches);
        var certificates = SandboxCertificates.Create(profile.Name);
        var app = ApiServer.Build(api, options.Port, certificates.Server);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            certificates.Dispose();
            await app.DisposeAsync();
            await controller.DisposeAsync();
            await clusterControllers.DisposeAsync();
            await workloads.DisposeAsync();
            watches.Dispose();
            stopping.Dispose();
            throw;
        }

        var port = ApiServer.BoundPort(app);
        api.ServerAddress = $"127.0.0.1:{port}";
        return new SandboxCluster(profile.Name, port, token, certificates, app, api, store, controller, clusterControllers, workloads, stopping, watches);
    }

    /// <summary>A kubeconfig whose cluster, user (with the token) and context are all named <paramref name="contextName"/>.</summary>
    public string KubeconfigYaml(string contextName) => Kubeconfig.Render(Url, certificates.AuthorityPem, token, contextName);

    /// <summary>An HTTP handler that trusts this sandbox's certificate authority, for raw HTTP clients (tests, benchmarks).</summary>
    public HttpMessageHandler CreateHttpHandler() => new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, errors) => certificates.Validate(certificate as System.Security.Cryptography.X509Certificates.X509Certificate2, errors) },
    };

    /// <summary>Writes <see cref="KubeconfigYaml"/> to <paramref name="path"/>, creating its directory.</summary>
    public Task WriteKubeconfigAsync(string path, string contextName, CancellationToken cancellationToken = default) =>
        Kubeconfig.WriteAsync(path, KubeconfigYaml(contextName), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        // End open watch streams first, or Kestrel would wait for them until its shutdown timeout.
        await stopping.CancelAsync();
        store.Hub.CloseAll();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        await controller.DisposeAsync();
        await clusterControllers.DisposeAsync();
        await workloads.DisposeAsync();
        watches.Dispose();
        stopping.Dispose();
        certificates.Dispose();
    }
}
