using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Core.Auditing;
using Dashboard.Core.Registration;
using Dashboard.Core.Security;
using Dashboard.Data;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Sandbox;
using Dashboard.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Clusters;

/// <summary>The registration and overview services wired as the app wires them: SQLite registry, sandbox cluster.</summary>
public class ClusterInspectorTests : IAsyncLifetime
{
    private readonly TempDirectory data = new();
    private SandboxCluster sandbox = default!;
    private ServiceProvider services = default!;

    private static readonly Actor Admin = new("u-admin", "alice", Roles.Admin);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        sandbox = await SandboxCluster.StartAsync(new SandboxOptions());
        services = new ServiceCollection()
            .AddLogging()
            .AddDashboardData(DataPaths.DefaultConnectionString(data.Path), Path.Combine(data.Path, "keys"))
            .AddDashboardKubernetes()
            .AllowLoopbackClusters()
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(Cancel);
    }

    private Task<ClusterSummary> RegisterAsync(string name = "inspected", Actor? actor = null) =>
        services.GetRequiredService<ClusterRegistrationService>().RegisterAsync(
            new RegisterClusterDraft { Name = name, Kubeconfig = sandbox.KubeconfigYaml("ctx"), Provider = ProviderKind.RkeCustom, AllowDuplicateServer = true }, actor ?? Admin, Cancel);

    [Fact]
    public async Task TheOverviewListsNodesWithExternalIpsNamespacesAndIngressClasses()
    {
        var cluster = await RegisterAsync();

        var result = await services.GetRequiredService<ClusterInspector>().GetOverviewAsync(cluster.Id, Cancel);

        result.Error.ShouldBeNull();
        var overview = result.Overview!;
        overview.Nodes.Count.ShouldBe(3);
        overview.Nodes.SelectMany(n => n.ExternalIps).ShouldAllBe(ip => ip.StartsWith("203.0.113.", StringComparison.Ordinal));
        overview.Nodes.SelectMany(n => n.ExternalIps).Count().ShouldBe(3);
        overview.Namespaces.Select(n => n.Name).ShouldContain("ingress-nginx");
        var nginx = overview.IngressClasses.ShouldHaveSingleItem();
        nginx.Name.ShouldBe("nginx");
        nginx.Controller.ShouldBe("k8s.io/ingress-nginx");
        nginx.IsDefault.ShouldBeTrue();
    }

    [Fact]
    public async Task AClusterThatStopsAnsweringIsMarkedUnreachableWithTheReason()
    {
        var cluster = await RegisterAsync("going-away");
        cluster.Status.ShouldBe(ClusterStatus.Reachable);
        await sandbox.DisposeAsync();

        var refreshed = await services.GetRequiredService<ClusterInspector>().RefreshStatusAsync(cluster.Id, Cancel);

        refreshed.Status.ShouldBe(ClusterStatus.Unreachable);
        refreshed.LastError.ShouldNotBeNull().ShouldContain("connection refused");
    }

    [Fact]
    public async Task RenamingKeepsTheClusterWorkingAndDeletingForgetsIt()
    {
        var registration = services.GetRequiredService<ClusterRegistrationService>();
        var cluster = await RegisterAsync("before");

        var renamed = await registration.UpdateAsync(cluster.Id, new ClusterEdit("after", ProviderKind.MetalLb), Admin, Cancel);
        (await services.GetRequiredService<ClusterInspector>().GetOverviewAsync(cluster.Id, Cancel)).Overview.ShouldNotBeNull();
        (await registration.DeleteAsync(cluster.Id, Admin, Cancel)).ShouldBeTrue();

        renamed.Name.ShouldBe("after");
        (await services.GetRequiredService<IClusterRegistry>().FindAsync(cluster.Id, Cancel)).ShouldBeNull();
        await Should.ThrowAsync<ClusterNotFoundException>(() => services.GetRequiredService<ClusterInspector>().GetOverviewAsync(cluster.Id, Cancel));
    }

    [Fact]
    public async Task AnOperatorMayNotRegisterAndTheRefusalIsAudited()
    {
        var refusal = await Should.ThrowAsync<ForbiddenException>(() => RegisterAsync("sneaky", new Actor("u-op", "bob", Roles.Operator)));

        refusal.Message.ShouldContain("'operator'");
        (await services.GetRequiredService<IClusterRegistry>().ListAsync(Cancel)).ShouldBeEmpty();
        var entry = (await services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Actor: "bob"), Cancel)).Entries.ShouldHaveSingleItem();
        entry.Action.ShouldBe(AuditActions.ClusterRegister);
        entry.Outcome.ShouldBe(AuditOutcome.Failure);
        entry.ClusterName.ShouldBe("sneaky");
    }

    [Fact]
    public async Task EveryChangeIsAuditedWithWhoWhatAndWhereButNoSecret()
    {
        var cluster = await RegisterAsync("audited");
        await services.GetRequiredService<ClusterRegistrationService>().DeleteAsync(cluster.Id, Admin, Cancel);

        var entries = (await services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(ClusterId: cluster.Id), Cancel)).Entries;

        entries.Select(e => e.Action).ShouldBe([AuditActions.ClusterDelete, AuditActions.ClusterRegister]);
        entries.ShouldAllBe(e => e.Actor == "alice" && e.Outcome == AuditOutcome.Success && e.ClusterName == "audited");
        var token = sandbox.KubeconfigYaml("ctx").Split('\n').Single(l => l.TrimStart().StartsWith("token:", StringComparison.Ordinal)).Split(':', 2)[1].Trim().Trim('"');
        entries.ShouldAllBe(e => !(e.Message ?? "").Contains(token, StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await sandbox.DisposeAsync();
        data.Dispose();
    }
}
