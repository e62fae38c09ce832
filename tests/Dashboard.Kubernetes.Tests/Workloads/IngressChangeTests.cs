using Dashboard.Core.Auditing;
using Dashboard.Kubernetes.Workloads;
using k8s;

namespace Dashboard.Kubernetes.Tests.Workloads;

/// <summary>Creating, editing, showing and deleting Ingresses against a real sandbox API server.</summary>
public class IngressChangeTests
{
    private static CancellationToken Cancel => WorkloadTestCluster.Cancel;

    [Fact]
    public async Task AnIngressIsCreatedShownAsYamlAndDeleted()
    {
        await using var lab = await WorkloadTestCluster.StartAsync();

        await lab.Workloads.CreateIngressAsync(lab.Id, WorkloadTestCluster.Ingress("web", "shop.example.com"), "sslip.io", WorkloadTestCluster.Admin, false, Cancel);
        var yaml = await lab.Workloads.GetYamlAsync(lab.Id, "ingress", "default", "web", WorkloadTestCluster.Viewer, Cancel);
        await lab.Workloads.DeleteIngressAsync(lab.Id, "default", "web", WorkloadTestCluster.Admin, Cancel);

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
        await using var lab = await WorkloadTestCluster.StartAsync();

        var result = await lab.Workloads.CreateIngressAsync(lab.Id, WorkloadTestCluster.Ingress("web", "shop.example.com"), "sslip.io", WorkloadTestCluster.Admin, true, Cancel);

        result.DryRun.ShouldBeTrue();
        (await lab.Client.NetworkingV1.ListNamespacedIngressAsync("default", cancellationToken: Cancel)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnEditReplacesTheSpecLabelsAndAnnotationsOfTheLiveIngress()
    {
        await using var lab = await WorkloadTestCluster.StartAsync();
        var created = await lab.Workloads.CreateIngressAsync(lab.Id, WorkloadTestCluster.Ingress("web", "shop.example.com"), "sslip.io", WorkloadTestCluster.Admin, false, Cancel);
        var edit = WorkloadTestCluster.Ingress("web", "store.example.com");
        edit.Labels = [new() { Key = "team", Value = "shop" }];

        var updated = await lab.Workloads.UpdateIngressAsync(lab.Id, edit, "sslip.io", WorkloadTestCluster.Admin, false, Cancel);

        updated.Object.Metadata.Uid.ShouldBe(created.Object.Metadata.Uid);
        var live = await lab.Client.NetworkingV1.ReadNamespacedIngressAsync("web", "default", cancellationToken: Cancel);
        live.Spec.Rules.ShouldHaveSingleItem().Host.ShouldBe("store.example.com");
        live.Metadata.Labels["team"].ShouldBe("shop");
        (await lab.AuditAsync(AuditActions.IngressEdit)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Success);
    }

    [Fact]
    public async Task EditingAnIngressThatDoesNotExistIsNotFound()
    {
        await using var lab = await WorkloadTestCluster.StartAsync();

        var error = await Should.ThrowAsync<WorkloadRejectedException>(() =>
            lab.Workloads.UpdateIngressAsync(lab.Id, WorkloadTestCluster.Ingress("ghost", "a.example.com"), "sslip.io", WorkloadTestCluster.Admin, false, Cancel));

        error.StatusCode.ShouldBe(404);
        error.Message.ShouldContain("ghost");
    }
}
