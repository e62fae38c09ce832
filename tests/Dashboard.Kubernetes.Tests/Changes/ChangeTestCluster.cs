using Dashboard.Core.Auditing;
using Dashboard.Core.Drafts;
using Dashboard.Core.Ingresses;
using Dashboard.Core.Security;
using Dashboard.Core.Services;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.PortExposures;
using Dashboard.Kubernetes.Services;
using Dashboard.Kubernetes.Tests.Caching;
using Dashboard.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using k8s;
using k8s.Models;
using Dashboard.Kubernetes.Resources;
using Dashboard.Tests.Shared;

namespace Dashboard.Kubernetes.Tests.Changes;

/// <summary>
/// The app's service layer with one registered sandbox cluster, and a client of the test's own to look at what
/// really got stored (or to change the cluster behind the services' back).
/// </summary>
public sealed class ChangeTestCluster : IAsyncDisposable
{
    public static readonly Actor Admin = CachingHost.Admin;
    public static readonly Actor Viewer = new("u-viewer", "victor", Roles.Viewer);

    private readonly CachingHost host;

    private ChangeTestCluster(CachingHost host, Guid id, SandboxCluster sandbox, IKubernetes client)
    {
        this.host = host;
        Id = id;
        Sandbox = sandbox;
        Client = client;
    }

    public Guid Id { get; }

    /// <summary>For kubectl (<see cref="KubectlApply.ForAsync"/>), the referee of what got stored.</summary>
    public SandboxCluster Sandbox { get; }

    public IKubernetes Client { get; }

    public IServiceProvider Services => host.Services;

    public ServiceOperations ServiceOperations => host.Services.GetRequiredService<ServiceOperations>();

    public IngressOperations IngressOperations => host.Services.GetRequiredService<IngressOperations>();

    public PortExposureService Ports => host.Services.GetRequiredService<PortExposureService>();

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <param name="configure">Settings of the test's own (see <see cref="CachingHost.StartAsync"/>).</param>
    public static async Task<ChangeTestCluster> StartAsync(string profile = "rke-custom", Action<IServiceCollection>? configure = null)
    {
        var host = await CachingHost.StartAsync(configure: configure);
        var (id, sandbox) = await host.AddClusterAsync("lab", profile);
        return new ChangeTestCluster(host, id, sandbox, host.ClientFor(sandbox));
    }

    /// <summary>A lab whose default namespace has these Services (see <see cref="CreateBackendAsync"/>), for Ingresses to route to.</summary>
    public static async Task<ChangeTestCluster> StartWithBackendsAsync(params string[] backends)
    {
        var lab = await StartAsync();
        foreach (var backend in backends)
            await lab.CreateBackendAsync(backend);
        return lab;
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string action) =>
        (await host.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(ClusterId: Id, Action: action), Cancel)).Entries;

    public async Task<IReadOnlyList<string>> ServiceNamesAsync(string ns) =>
        (await Client.CoreV1.ListNamespacedServiceAsync(ns, cancellationToken: Cancel)).Items.Select(s => s.Metadata.Name).ToList();

    /// <summary>
    /// A Service created behind the services' back (port 80 named http), once the watch cache has it: the operations
    /// check a draft's backends against the cache.
    /// </summary>
    public async Task CreateBackendAsync(string name, string ns = "default", int port = 80)
    {
        if (!(await Client.CoreV1.ListNamespaceAsync(cancellationToken: Cancel)).Items.Any(n => n.Metadata.Name == ns))
            await Client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } }, cancellationToken: Cancel);
        await Client.CoreV1.CreateNamespacedServiceAsync(new V1Service
        {
            Metadata = new V1ObjectMeta { Name = name },
            Spec = new V1ServiceSpec { Ports = [new V1ServicePort { Name = "http", Port = port }], Selector = new Dictionary<string, string> { ["app"] = name } },
        }, ns, cancellationToken: Cancel);
        var resources = host.Services.GetRequiredService<IClusterResources>();
        (await Eventually.ReturnsAsync(() => resources.ServiceAsync(Id, ns, name, Cancel), s => s is not null, Cancel)).ShouldNotBeNull();
    }

    public static ServiceDraft Service(string name, ServiceKind kind = ServiceKind.ClusterIP, string ns = "default") => new()
    {
        Namespace = ns,
        Name = name,
        Type = kind,
        Ports = [new ServicePortDraft { Name = "http", Port = 80, TargetPort = "8080" }],
        Selector = [new KeyValueDraft { Key = "app", Value = name }],
    };

    public static IngressDraft Ingress(string name, string host) => new()
    {
        Namespace = "default",
        Name = name,
        ClassName = "nginx",
        Rules = [new IngressRuleDraft
        {
            HostChoice = HostChoice.Custom,
            Host = host,
            Paths = [new IngressPathDraft { ServiceName = name, ServicePort = "80" }],
        }],
    };

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
