using Dashboard.Core.Auditing;
using Dashboard.Core.Security;
using Dashboard.Core.Workloads;
using Dashboard.Kubernetes.Workloads;

namespace Dashboard.Kubernetes.Tests.Workloads;

/// <summary>Creating and deleting Services through the service layer, against a real sandbox API server.</summary>
public class ServiceCreationTests
{
    private static CancellationToken Cancel => WorkloadTestCluster.Cancel;

    [Fact]
    public async Task AnAdminCreatesAServiceThatIsStoredAndAudited()
    {
        await using var lab = await WorkloadTestCluster.StartAsync();

        var result = await lab.Workloads.CreateServiceAsync(lab.Id, WorkloadTestCluster.Service("web", ServiceKind.NodePort), WorkloadTestCluster.Admin, false, Cancel);

        result.DryRun.ShouldBeFalse();
        result.Object.Spec.Ports[0].NodePort.ShouldNotBeNull(); // allocated by the server
        result.Yaml.ShouldContain("type: NodePort");
        result.Yaml.ShouldNotContain("managedFields");
        (await lab.ServiceNamesAsync("default")).ShouldContain("web");
        var row = (await lab.AuditAsync(AuditActions.ServiceCreate)).ShouldHaveSingleItem();
        (row.Outcome, row.Actor, row.ClusterName, row.Namespace, row.ObjectName).ShouldBe((AuditOutcome.Success, "alice", "lab", "default", "web"));
    }

    [Fact]
    public async Task ADryRunShowsTheServersObjectButStoresAndAuditsNothing()
    {
        await using var lab = await WorkloadTestCluster.StartAsync();

        var result = await lab.Workloads.CreateServiceAsync(lab.Id, WorkloadTestCluster.Service("web"), WorkloadTestCluster.Admin, true, Cancel);

        result.DryRun.ShouldBeTrue();
        result.Object.Spec.ClusterIP.ShouldNotBeNullOrEmpty(); // the server filled it in without storing it
        (await lab.ServiceNamesAsync("default")).ShouldNotContain("web");
        (await lab.AuditAsync(AuditActions.ServiceCreate)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AServiceIsDeletedAndTheDeleteIsAudited()
    {
        await using var lab = await WorkloadTestCluster.StartAsync();
        await lab.Workloads.CreateServiceAsync(lab.Id, WorkloadTestCluster.Service("web"), WorkloadTestCluster.Admin, false, Cancel);

        await lab.Workloads.DeleteServiceAsync(lab.Id, "default", "web", WorkloadTestCluster.Admin, Cancel);

        (await lab.ServiceNamesAsync("default")).ShouldNotContain("web");
        (await lab.AuditAsync(AuditActions.ServiceDelete)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Success);
    }

    [Fact]
    public async Task AViewerIsForbiddenAndTheRefusalIsAudited()
    {
        await using var lab = await WorkloadTestCluster.StartAsync();

        await Should.ThrowAsync<ForbiddenException>(() =>
            lab.Workloads.CreateServiceAsync(lab.Id, WorkloadTestCluster.Service("web"), WorkloadTestCluster.Viewer, false, Cancel));

        (await lab.ServiceNamesAsync("default")).ShouldNotContain("web");
        var row = (await lab.AuditAsync(AuditActions.ServiceCreate)).ShouldHaveSingleItem();
        (row.Outcome, row.Actor).ShouldBe((AuditOutcome.Failure, "victor"));
        row.Message.ShouldNotBeNull().ShouldContain("viewer");
    }

    [Fact]
    public async Task ANodePortOutsideTheRangeIsRejectedWithTheServersMessage()
    {
        await using var lab = await WorkloadTestCluster.StartAsync();
        var draft = WorkloadTestCluster.Service("web", ServiceKind.NodePort);
        draft.Ports[0].NodePort = 80;

        var error = await Should.ThrowAsync<WorkloadRejectedException>(() =>
            lab.Workloads.CreateServiceAsync(lab.Id, draft, WorkloadTestCluster.Admin, false, Cancel));

        error.StatusCode.ShouldBe(422);
        error.Message.ShouldContain("The range of valid ports is 30000-32767");
        (await lab.AuditAsync(AuditActions.ServiceCreate)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Failure);
    }

    [Fact]
    public async Task AnInvalidNameIsRejectedWithTheServersMessageEvenOnADryRun()
    {
        await using var lab = await WorkloadTestCluster.StartAsync();

        var error = await Should.ThrowAsync<WorkloadRejectedException>(() =>
            lab.Workloads.CreateServiceAsync(lab.Id, WorkloadTestCluster.Service("Web_Site"), WorkloadTestCluster.Admin, true, Cancel));

        error.StatusCode.ShouldBe(422);
        error.Message.ShouldContain("Web_Site");
    }

    [Fact]
    public async Task CreatingANameThatExistsIsAConflictWithTheServersMessage()
    {
        await using var lab = await WorkloadTestCluster.StartAsync();
        await lab.Workloads.CreateServiceAsync(lab.Id, WorkloadTestCluster.Service("web"), WorkloadTestCluster.Admin, false, Cancel);

        var error = await Should.ThrowAsync<WorkloadRejectedException>(() =>
            lab.Workloads.CreateServiceAsync(lab.Id, WorkloadTestCluster.Service("web"), WorkloadTestCluster.Admin, false, Cancel));

        error.StatusCode.ShouldBe(409);
        error.Message.ShouldContain("already exists");
    }
}
