using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Core.Registration;
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

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        sandbox = await SandboxCluster.StartAsync(new SandboxOptions());
        services = new ServiceCollection()
            .AddLogging()
            .AddDashboardData(DataPaths.DefaultConnectionString(data.Path), Path.Combine(data.Path, "keys"))
            .AddDashboardKubernetes()
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(Cancel);
    }

    private Task<ClusterSummary> RegisterAsync(string name = "inspected") =>
        services.GetRequiredService<ClusterRegistrationService>().RegisterAsync(
            new RegisterClusterDraft { Name = name, Kubeconfig = sandbox.KubeconfigYaml("ctx"), Provider = ProviderKind.RkeCustom }, Cancel);

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

        var renamed = await registration.UpdateAsync(cluster.Id, new ClusterEdit("after", ProviderKind.MetalLb), Cancel);
        (await services.GetRequiredService<ClusterInspector>().GetOverviewAsync(cluster.Id, Cancel)).Overview.ShouldNotBeNull();
        (await registration.DeleteAsync(cluster.Id, Cancel)).ShouldBeTrue();

        renamed.Name.ShouldBe("after");
        (await services.GetRequiredService<IClusterRegistry>().FindAsync(cluster.Id, Cancel)).ShouldBeNull();
        await Should.ThrowAsync<ClusterNotFoundException>(() => services.GetRequiredService<ClusterInspector>().GetOverviewAsync(cluster.Id, Cancel));
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await sandbox.DisposeAsync();
        data.Dispose();
    }
}
