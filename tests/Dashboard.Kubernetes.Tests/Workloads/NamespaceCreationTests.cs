using Dashboard.Core.Workloads;
using Dashboard.Kubernetes.Workloads;
using k8s;

namespace Dashboard.Kubernetes.Tests.Workloads;

/// <summary>"Create the namespace first": made when asked, dry-run with the Service, and reported when the Service fails.</summary>
public class NamespaceCreationTests
{
    private static CancellationToken Cancel => WorkloadTestCluster.Cancel;

    private static async Task<bool> NamespaceExistsAsync(WorkloadTestCluster lab, string name) =>
        (await lab.Client.CoreV1.ListNamespaceAsync(cancellationToken: Cancel)).Items.Any(n => n.Metadata.Name == name);

    [Fact]
    public async Task AServiceInANewNamespaceCreatesTheNamespaceFirst()
    {
        await using var lab = await WorkloadTestCluster.StartAsync();
        var draft = WorkloadTestCluster.Service("web", ns: "shop");
        draft.CreateNamespace = true;

        await lab.Workloads.CreateServiceAsync(lab.Id, draft, WorkloadTestCluster.Admin, false, Cancel);

        (await NamespaceExistsAsync(lab, "shop")).ShouldBeTrue();
        (await lab.ServiceNamesAsync("shop")).ShouldContain("web");
    }

    [Fact]
    public async Task ADryRunIntoANewNamespaceStoresNeitherButStillValidates()
    {
        await using var lab = await WorkloadTestCluster.StartAsync();
        var draft = WorkloadTestCluster.Service("web", ns: "shop");
        draft.CreateNamespace = true;

        var result = await lab.Workloads.CreateServiceAsync(lab.Id, draft, WorkloadTestCluster.Admin, true, Cancel);
        draft.Name = "Not_Valid";
        var invalid = await Should.ThrowAsync<WorkloadRejectedException>(() =>
            lab.Workloads.CreateServiceAsync(lab.Id, draft, WorkloadTestCluster.Admin, true, Cancel));

        result.Object.Metadata.NamespaceProperty.ShouldBe("shop");
        result.Yaml.ShouldContain("namespace: shop");
        invalid.StatusCode.ShouldBe(422);
        (await NamespaceExistsAsync(lab, "shop")).ShouldBeFalse();
        (await lab.ServiceNamesAsync("default")).ShouldNotContain("web");
    }

    [Fact]
    public async Task WhenTheServiceFailsAfterTheNamespaceWasCreatedTheMessageSaysSoAndTheNamespaceStays()
    {
        await using var lab = await WorkloadTestCluster.StartAsync();
        var draft = WorkloadTestCluster.Service("web", ServiceKind.NodePort, ns: "shop");
        draft.CreateNamespace = true;
        draft.Ports[0].NodePort = 80;

        var error = await Should.ThrowAsync<WorkloadRejectedException>(() =>
            lab.Workloads.CreateServiceAsync(lab.Id, draft, WorkloadTestCluster.Admin, false, Cancel));

        error.StatusCode.ShouldBe(422);
        error.Message.ShouldStartWith("Namespace 'shop' was created, but ");
        (await NamespaceExistsAsync(lab, "shop")).ShouldBeTrue();
    }
}
