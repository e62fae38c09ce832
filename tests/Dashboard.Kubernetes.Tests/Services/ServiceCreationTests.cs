using Dashboard.Core.Auditing;
using Dashboard.Core.Security;
using Dashboard.Core.Services;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Services;
using Dashboard.Kubernetes.Tests.Changes;
using FluentValidation;

namespace Dashboard.Kubernetes.Tests.Services;

/// <summary>Creating and deleting Services through the service layer, against a real sandbox API server.</summary>
public class ServiceCreationTests
{
    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    [Fact]
    public async Task AnAdminCreatesAServiceThatIsStoredAndAudited()
    {
        await using var lab = await ChangeTestCluster.StartAsync();

        var result = await lab.ServiceOperations.CreateAsync(lab.Id, ChangeTestCluster.Service("web", ServiceKind.NodePort), ChangeTestCluster.Admin, false, Cancel);

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
        await using var lab = await ChangeTestCluster.StartAsync();

        var result = await lab.ServiceOperations.CreateAsync(lab.Id, ChangeTestCluster.Service("web"), ChangeTestCluster.Admin, true, Cancel);

        result.DryRun.ShouldBeTrue();
        result.Object.Spec.ClusterIP.ShouldNotBeNullOrEmpty(); // the server filled it in without storing it
        (await lab.ServiceNamesAsync("default")).ShouldNotContain("web");
        (await lab.AuditAsync(AuditActions.ServiceCreate)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AServiceIsDeletedAndTheDeleteIsAudited()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        await lab.ServiceOperations.CreateAsync(lab.Id, ChangeTestCluster.Service("web"), ChangeTestCluster.Admin, false, Cancel);

        await lab.ServiceOperations.DeleteAsync(lab.Id, "default", "web", ChangeTestCluster.Admin, Cancel);

        (await lab.ServiceNamesAsync("default")).ShouldNotContain("web");
        (await lab.AuditAsync(AuditActions.ServiceDelete)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Success);
    }

    [Fact]
    public async Task AViewerIsForbiddenAndTheRefusalIsAudited()
    {
        await using var lab = await ChangeTestCluster.StartAsync();

        await Should.ThrowAsync<ForbiddenException>(() =>
            lab.ServiceOperations.CreateAsync(lab.Id, ChangeTestCluster.Service("web"), ChangeTestCluster.Viewer, false, Cancel));

        (await lab.ServiceNamesAsync("default")).ShouldNotContain("web");
        var row = (await lab.AuditAsync(AuditActions.ServiceCreate)).ShouldHaveSingleItem();
        (row.Outcome, row.Actor).ShouldBe((AuditOutcome.Failure, "victor"));
        row.Message.ShouldNotBeNull().ShouldContain("viewer");
    }

    [Fact]
    public async Task ANodePortOutsideTheRangeIsRefusedWithTheRangeAndTheRefusalIsAudited()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        var draft = ChangeTestCluster.Service("web", ServiceKind.NodePort);
        draft.Ports[0].NodePort = 80;

        var error = await Should.ThrowAsync<ValidationException>(() =>
            lab.ServiceOperations.CreateAsync(lab.Id, draft, ChangeTestCluster.Admin, false, Cancel));

        error.Message.ShouldContain("The range of valid ports is 30000-32767");
        (await lab.AuditAsync(AuditActions.ServiceCreate)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Failure);
    }

    [Fact]
    public async Task AnInvalidNameIsRefusedEvenOnADryRun()
    {
        await using var lab = await ChangeTestCluster.StartAsync();

        var error = await Should.ThrowAsync<ValidationException>(() =>
            lab.ServiceOperations.CreateAsync(lab.Id, ChangeTestCluster.Service("Web_Site"), ChangeTestCluster.Admin, true, Cancel));

        error.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Name");
    }

    [Fact]
    public async Task CreatingANameThatExistsIsAConflictWithTheServersMessage()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        await lab.ServiceOperations.CreateAsync(lab.Id, ChangeTestCluster.Service("web"), ChangeTestCluster.Admin, false, Cancel);

        var error = await Should.ThrowAsync<ApiServerRejectedException>(() =>
            lab.ServiceOperations.CreateAsync(lab.Id, ChangeTestCluster.Service("web"), ChangeTestCluster.Admin, false, Cancel));

        error.StatusCode.ShouldBe(409);
        error.Message.ShouldContain("already exists");
    }
}
