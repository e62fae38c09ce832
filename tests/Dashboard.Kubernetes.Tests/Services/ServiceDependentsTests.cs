using Dashboard.Core.Auditing;
using Dashboard.Core.PortExposures;
using Dashboard.Kubernetes.Services;
using Dashboard.Kubernetes.Tests.Changes;
using Dashboard.Tests.Shared;

namespace Dashboard.Kubernetes.Tests.Services;

/// <summary>Before a Service is deleted the dashboard can say what depends on it, and it keeps the cluster's own API Service.</summary>
public class ServiceDependentsTests
{
    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    [Fact]
    public async Task AnIngressAndAnExposedPortThatUseTheServiceAreListed()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        await lab.CreateBackendAsync("web");
        await lab.CreateBackendAsync("other");
        await lab.IngressOperations.CreateAsync(lab.Id, ChangeTestCluster.Ingress("web", "shop.example.com"), "sslip.io", ChangeTestCluster.Admin, false, Cancel);
        await lab.IngressOperations.CreateAsync(lab.Id, ChangeTestCluster.Ingress("other", "other.example.com"), "sslip.io", ChangeTestCluster.Admin, false, Cancel);
        await lab.Ports.ExposeAsync(lab.Id, new PortExposureDraft { Protocol = "TCP", ExternalPort = 9000, Namespace = "default", ServiceName = "web", ServicePort = 80 }, ChangeTestCluster.Admin, Cancel);

        var dependents = await Eventually.ReturnsAsync(
            () => lab.ServiceOperations.DependentsAsync(lab.Id, "default", "web", ChangeTestCluster.Viewer, Cancel), d => d.Count == 2, Cancel);

        dependents.Select(d => d.Sentence).ShouldBe(["Ingress default/web uses port 80", "TCP 9000 via ingress-nginx (to port 80)"]);
        dependents.Select(d => d.Kind).ShouldBe([ServiceDependentKind.Ingress, ServiceDependentKind.PortExposure]);
    }

    [Fact]
    public async Task AServiceNothingUsesHasNoDependents()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        await lab.CreateBackendAsync("lonely");

        (await lab.ServiceOperations.DependentsAsync(lab.Id, "default", "lonely", ChangeTestCluster.Viewer, Cancel)).ShouldBeEmpty();
    }

    [Fact]
    public async Task TheClusterApiServiceSaysWhatItIsAndIsNotDeleted()
    {
        await using var lab = await ChangeTestCluster.StartAsync();

        var dependents = await lab.ServiceOperations.DependentsAsync(lab.Id, "default", "kubernetes", ChangeTestCluster.Viewer, Cancel);
        var error = await Should.ThrowAsync<ProtectedServiceException>(() =>
            lab.ServiceOperations.DeleteAsync(lab.Id, "default", "kubernetes", ChangeTestCluster.Admin, Cancel));

        dependents.ShouldHaveSingleItem().Kind.ShouldBe(ServiceDependentKind.ClusterApi);
        error.Message.ShouldContain("recreates it");
        error.Message.ShouldContain("kubectl delete service kubernetes -n default");
        (await lab.ServiceNamesAsync("default")).ShouldContain("kubernetes");
        (await lab.AuditAsync(AuditActions.ServiceDelete)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Failure);
    }
}
