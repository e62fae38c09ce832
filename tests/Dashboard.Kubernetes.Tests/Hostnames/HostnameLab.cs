using Dashboard.Core.Auditing;
using Dashboard.Kubernetes.Hostnames;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Tests.Caching;
using Dashboard.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Tests.Hostnames;

/// <summary>
/// The service layer with one sandbox cluster, kubectl pointed at it (as an operator or a Helm chart would
/// change it), and the hostname reconciler running only when a test starts it.
/// </summary>
public sealed class HostnameLab : IAsyncDisposable
{
    private readonly CachingHost host;
    private readonly List<KubectlApply> others = [];
    private HostnameReconciler? reconciler;

    private HostnameLab(CachingHost host, Guid id, SandboxCluster sandbox, KubectlApply kubectl)
    {
        this.host = host;
        Id = id;
        Sandbox = sandbox;
        Kubectl = kubectl;
        Client = host.ClientFor(sandbox);
    }

    public Guid Id { get; }

    public SandboxCluster Sandbox { get; }

    public KubectlApply Kubectl { get; }

    public IKubernetes Client { get; }

    public HostnameService Hostnames => host.Services.GetRequiredService<HostnameService>();

    public HttpRouteHostnameService RouteHostnames => host.Services.GetRequiredService<HttpRouteHostnameService>();

    /// <summary>The settings the service layer reads on every pass (a test may change the domain).</summary>
    public HostnameOptions Options => host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HostnameOptions>>().Value;

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<HostnameLab> StartAsync(string profile = "rke-custom")
    {
        var host = await CachingHost.StartAsync();
        var (id, sandbox) = await host.AddClusterAsync("lab", profile);
        return new HostnameLab(host, id, sandbox, await KubectlApply.ForAsync(sandbox));
    }

    /// <summary>Another sandbox cluster, registered now, with kubectl pointed at it.</summary>
    public async Task<(Guid Id, KubectlApply Kubectl)> AddClusterAsync(string name, string profile = "rke-custom")
    {
        var (id, sandbox) = await host.AddClusterAsync(name, profile);
        var kubectl = await KubectlApply.ForAsync(sandbox);
        others.Add(kubectl);
        return (id, kubectl);
    }

    public async Task StartReconcilerAsync()
    {
        reconciler = host.Services.GetServices<IHostedService>().OfType<HostnameReconciler>().Single();
        await reconciler.StartAsync(Cancel);
    }

    public Task<V1Ingress> ReadAsync(string name, string ns = "default") =>
        Client.NetworkingV1.ReadNamespacedIngressAsync(name, ns, cancellationToken: Cancel);

    /// <summary>The ingress once <paramref name="done"/> holds (or as it is after 10 s, for the assertion to explain).</summary>
    public Task<V1Ingress> WaitForAsync(string name, Func<V1Ingress, bool> done) =>
        Eventually.ReturnsAsync(() => ReadAsync(name), done, timeoutMs: 10_000);

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync() =>
        (await host.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(ClusterId: Id, Action: AuditActions.HostnameGenerate), Cancel)).Entries;

    public async Task<IReadOnlyList<AuditEntry>> RouteAuditAsync() =>
        (await host.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(ClusterId: Id, Action: AuditActions.RouteHostnameGenerate), Cancel)).Entries;

    /// <summary>The reconciler records its write just after making it: wait for the row rather than race it.</summary>
    public Task<IReadOnlyList<AuditEntry>> AuditAsync(int atLeast) => Eventually.ReturnsAsync(AuditAsync, rows => rows.Count >= atLeast);

    /// <summary>An ingress as YAML for kubectl: one rule per host ("" for none), all to Service web:80.</summary>
    public static string IngressYaml(string name, string className, params string[] hosts)
    {
        var yaml = new System.Text.StringBuilder($"""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: {name}
              namespace: default
            spec:
              ingressClassName: {className}
              rules:

            """);
        foreach (var host in hosts)
        {
            yaml.Append(host.Length == 0 ? "  - http:\n" : $"  - host: {host}\n    http:\n");
            yaml.Append("      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: web\n            port:\n              number: 80\n");
        }
        return yaml.ToString();
    }

    public static string Generated(V1Ingress ingress) => ingress.GetAnnotation(IngressManifest.GeneratedHostsAnnotation) ?? "";

    public async ValueTask DisposeAsync()
    {
        if (reconciler is not null)
            await reconciler.StopAsync(CancellationToken.None);
        Kubectl.Dispose();
        others.ForEach(k => k.Dispose());
        await host.DisposeAsync();
    }
}
