using Dashboard.Core.Auditing;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Tests.Changes;
using k8s;

namespace Dashboard.Kubernetes.Tests.Ingresses;

/// <summary>Creating, editing, showing and deleting Ingresses against a real sandbox API server.</summary>
public class IngressChangeTests
{
    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    [Fact]
    public async Task AnIngressIsCreatedShownAsYamlAndDeleted()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web", "ghost");

        await lab.IngressOperations.CreateAsync(lab.Id, ChangeTestCluster.Ingress("web", "shop.example.com"), "sslip.io", ChangeTestCluster.Admin, false, Cancel);
        var yaml = await lab.IngressOperations.GetYamlAsync(lab.Id, "default", "web", ChangeTestCluster.Viewer, Cancel);
        await lab.IngressOperations.DeleteAsync(lab.Id, "default", "web", ChangeTestCluster.Admin, Cancel);

        yaml.ShouldContain("host: shop.example.com");
        yaml.ShouldContain("resourceVersion:");
        yaml.ShouldNotContain("managedFields");
        (await lab.Client.NetworkingV1.ListNamespacedIngressAsync("default", cancellationToken: Cancel)).Items.ShouldBeEmpty();
        (await lab.AuditAsync(AuditActions.IngressCreate)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Success);
        (await lab.AuditAsync(AuditActions.IngressDelete)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Success);
    }

    [Fact]
    public async Task ADryRunIngressIsNotStored()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web", "ghost");

        var result = await lab.IngressOperations.CreateAsync(lab.Id, ChangeTestCluster.Ingress("web", "shop.example.com"), "sslip.io", ChangeTestCluster.Admin, true, Cancel);

        result.DryRun.ShouldBeTrue();
        (await lab.Client.NetworkingV1.ListNamespacedIngressAsync("default", cancellationToken: Cancel)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnEditReplacesTheSpecLabelsAndAnnotationsOfTheLiveIngress()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web", "ghost");
        var created = await lab.IngressOperations.CreateAsync(lab.Id, ChangeTestCluster.Ingress("web", "shop.example.com"), "sslip.io", ChangeTestCluster.Admin, false, Cancel);
        var edit = ChangeTestCluster.Ingress("web", "store.example.com");
        edit.Labels = [new() { Key = "team", Value = "shop" }];

        var updated = await lab.IngressOperations.UpdateAsync(lab.Id, edit.Namespace, edit.Name, edit, "sslip.io", ChangeTestCluster.Admin, false, Cancel);

        updated.Object.Metadata.Uid.ShouldBe(created.Object.Metadata.Uid);
        var live = await lab.Client.NetworkingV1.ReadNamespacedIngressAsync("web", "default", cancellationToken: Cancel);
        live.Spec.Rules.ShouldHaveSingleItem().Host.ShouldBe("store.example.com");
        live.Metadata.Labels["team"].ShouldBe("shop");
        (await lab.AuditAsync(AuditActions.IngressEdit)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Success);
    }

    [Fact]
    public async Task EditingAnIngressThatDoesNotExistIsNotFound()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web", "ghost");

        var error = await Should.ThrowAsync<ApiServerRejectedException>(() =>
            lab.IngressOperations.UpdateAsync(lab.Id, "default", "ghost", ChangeTestCluster.Ingress("ghost", "a.example.com"), "sslip.io", ChangeTestCluster.Admin, false, Cancel));

        error.StatusCode.ShouldBe(404);
        error.Message.ShouldContain("ghost");
    }
}
