using Dashboard.Core.Auditing;
using Dashboard.Core.Security;
using Dashboard.Core.Services;
using Dashboard.Kubernetes.Tests.Changes;
using FluentValidation;
using k8s;

namespace Dashboard.Kubernetes.Tests.Services;

/// <summary>The service layer is the gate: the role first, then the draft, and only then the cluster, whoever calls.</summary>
public class ServiceGateTests
{
    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    private static ServiceDraft WithNodePortBelowTheRange()
    {
        var draft = ChangeTestCluster.Service("web", ServiceKind.NodePort);
        draft.Ports[0].NodePort = 20000;
        return draft;
    }

    [Fact]
    public async Task AnAdminsInvalidDraftIsRefusedWithFieldErrorsBeforeTheClusterSeesIt()
    {
        await using var lab = await ChangeTestCluster.StartAsync();

        var error = await Should.ThrowAsync<ValidationException>(() =>
            lab.ServiceOperations.CreateAsync(lab.Id, WithNodePortBelowTheRange(), ChangeTestCluster.Admin, false, Cancel));

        error.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Ports[0].NodePort");
        error.Message.ShouldBe(error.Errors.Single().ErrorMessage);
        (await lab.ServiceNamesAsync("default")).ShouldNotContain("web");
        (await lab.AuditAsync(AuditActions.ServiceCreate)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Failure);
    }

    [Fact]
    public async Task AnInvalidDryRunIsRefusedToo()
    {
        await using var lab = await ChangeTestCluster.StartAsync();

        await Should.ThrowAsync<ValidationException>(() =>
            lab.ServiceOperations.CreateAsync(lab.Id, WithNodePortBelowTheRange(), ChangeTestCluster.Admin, true, Cancel));

        (await lab.AuditAsync(AuditActions.ServiceCreate)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AViewersInvalidDraftIsForbiddenNotValidated()
    {
        await using var lab = await ChangeTestCluster.StartAsync();

        await Should.ThrowAsync<ForbiddenException>(() =>
            lab.ServiceOperations.CreateAsync(lab.Id, WithNodePortBelowTheRange(), ChangeTestCluster.Viewer, false, Cancel));
    }

    [Fact]
    public async Task AnIngressNamingAMissingBackendIsRefusedBeforeTheClusterSeesIt()
    {
        await using var lab = await ChangeTestCluster.StartAsync();

        var error = await Should.ThrowAsync<ValidationException>(() =>
            lab.IngressOperations.CreateAsync(lab.Id, ChangeTestCluster.Ingress("ghost", "ghost.example.com"), "sslip.io", ChangeTestCluster.Admin, false, Cancel));

        error.Message.ShouldContain("Service 'ghost' does not exist in namespace 'default'");
        (await lab.Client.NetworkingV1.ListNamespacedIngressAsync("default", cancellationToken: Cancel)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnEditWhoseDraftNamesAnotherIngressIsRefused()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        await lab.CreateBackendAsync("web");

        var error = await Should.ThrowAsync<ValidationException>(() =>
            lab.IngressOperations.UpdateAsync(lab.Id, "default", "one", ChangeTestCluster.Ingress("web", "a.example.com"), "sslip.io", ChangeTestCluster.Admin, false, Cancel));

        error.Message.ShouldContain("an edit cannot move or rename an Ingress");
    }

    [Fact]
    public async Task ExposingAPortToAMissingServiceIsRefusedBeforeTheConfigMapChanges()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        var draft = new Core.PortExposures.PortExposureDraft { Protocol = "TCP", ExternalPort = 5432, Namespace = "default", ServiceName = "nowhere", ServicePort = 5432 };

        await Should.ThrowAsync<ValidationException>(() => lab.Ports.ExposeAsync(lab.Id, draft, ChangeTestCluster.Admin, Cancel));

        (await lab.Ports.ListAsync(lab.Id, Cancel)).ShouldBeEmpty();
    }
}
