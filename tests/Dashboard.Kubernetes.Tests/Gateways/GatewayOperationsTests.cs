using Dashboard.Core.Auditing;
using Dashboard.Core.Gateways;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Tests.Changes;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Gateways;

/// <summary>Gateways go through the one gate: the role, then the draft (class, certificate Secrets), then the cluster, audited.</summary>
public sealed class GatewayOperationsTests : IAsyncLifetime
{
    private ChangeTestCluster lab = default!;

    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    private GatewayOperations Operations => lab.Services.GetRequiredService<GatewayOperations>();

    public async ValueTask InitializeAsync()
    {
        lab = await ChangeTestCluster.StartAsync("gke");
        await lab.Client.CreateGatewayClassAsync("lab-class", "example.com/lab");
        await Eventually.ReturnsAsync(() => lab.Services.GetRequiredService<Dashboard.Kubernetes.Resources.IClusterResources>().GatewayClassesAsync(lab.Id, Cancel),
            classes => classes.Any(c => c.Name == "lab-class"));
    }

    public ValueTask DisposeAsync() => lab.DisposeAsync();

    private static GatewayDraft Draft(string name = "edge") => new() { Namespace = "default", Name = name, ClassName = "lab-class" };

    [Fact]
    public async Task AnAdminCreatesReadsBackEditsAndDeletesAGatewayAndEachChangeIsAudited()
    {
        var created = await Operations.CreateAsync(lab.Id, Draft(), ChangeTestCluster.Admin, dryRun: false, Cancel);

        created.DryRun.ShouldBeFalse();
        created.Yaml.ShouldContain("gatewayClassName: lab-class");
        var draft = await Operations.GetDraftAsync(lab.Id, "default", "edge", ChangeTestCluster.Admin, Cancel);
        (draft.ClassName, draft.Listeners.ShouldHaveSingleItem().Port, draft.Listeners[0].AllowedRoutes).ShouldBe(("lab-class", 80, RouteNamespaces.Same));

        draft.Listeners.Add(new GatewayListenerDraft { Name = "alt", Port = 8080, AllowedRoutes = RouteNamespaces.All });
        await Operations.UpdateAsync(lab.Id, "default", "edge", draft, ChangeTestCluster.Admin, dryRun: false, Cancel);

        var edited = await Operations.GetDraftAsync(lab.Id, "default", "edge", ChangeTestCluster.Admin, Cancel);
        edited.Listeners.Select(l => (l.Name, l.Port, l.AllowedRoutes)).ShouldBe([("http", 80, RouteNamespaces.Same), ("alt", 8080, RouteNamespaces.All)]);
        (await Operations.GetYamlAsync(lab.Id, "default", "edge", ChangeTestCluster.Viewer, Cancel)).ShouldContain("name: alt");

        await Operations.DeleteAsync(lab.Id, "default", "edge", ChangeTestCluster.Admin, Cancel);

        await Should.ThrowAsync<Dashboard.Kubernetes.Changes.ApiServerRejectedException>(() => Operations.GetDraftAsync(lab.Id, "default", "edge", ChangeTestCluster.Admin, Cancel));
        (await lab.AuditAsync(AuditActions.GatewayCreate)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Success);
        (await lab.AuditAsync(AuditActions.GatewayEdit)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Success);
        (await lab.AuditAsync(AuditActions.GatewayDelete)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Success);
    }

    [Fact]
    public async Task ADryRunShowsTheObjectButStoresAndAuditsNothing()
    {
        var result = await Operations.CreateAsync(lab.Id, Draft("trial"), ChangeTestCluster.Admin, dryRun: true, Cancel);

        result.DryRun.ShouldBeTrue();
        result.Object.Spec!.Listeners!.ShouldHaveSingleItem().Name.ShouldBe("http");
        await Should.ThrowAsync<Dashboard.Kubernetes.Changes.ApiServerRejectedException>(() => Operations.GetDraftAsync(lab.Id, "default", "trial", ChangeTestCluster.Admin, Cancel));
        (await lab.AuditAsync(AuditActions.GatewayCreate)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AViewerIsRefusedBeforeTheDraftIsLookedAt()
    {
        var bad = Draft("");

        await Should.ThrowAsync<ForbiddenException>(() => Operations.CreateAsync(lab.Id, bad, ChangeTestCluster.Viewer, dryRun: false, Cancel));

        await Should.ThrowAsync<ForbiddenException>(() => Operations.DeleteAsync(lab.Id, "default", "edge", ChangeTestCluster.Viewer, Cancel));
    }

    [Fact]
    public async Task AClassTheClusterDoesNotHaveIsRefusedOnItsField()
    {
        var draft = Draft();
        draft.ClassName = "no-such-class";

        var error = await Should.ThrowAsync<ValidationException>(() => Operations.CreateAsync(lab.Id, draft, ChangeTestCluster.Admin, dryRun: false, Cancel));

        error.Errors.ShouldContain(e => e.PropertyName == nameof(GatewayDraft.ClassName));
        (await lab.AuditAsync(AuditActions.GatewayCreate)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Failure);
    }

    [Fact]
    public async Task AnHttpsListenerNamingASecretThatDoesNotExistIsRefusedOnThatListener()
    {
        var draft = Draft();
        draft.Listeners = [new GatewayListenerDraft { Name = "https", Protocol = ListenerProtocols.Https, Port = 443, CertificateSecretName = "missing-tls" }];

        var error = await Should.ThrowAsync<ValidationException>(() => Operations.CreateAsync(lab.Id, draft, ChangeTestCluster.Admin, dryRun: true, Cancel));

        var failure = error.Errors.ShouldHaveSingleItem();
        failure.PropertyName.ShouldBe("Listeners[0].CertificateSecretName");
        failure.ErrorMessage.ShouldContain("no kubernetes.io/tls Secret named 'missing-tls'");
    }
}
