using Dashboard.Core.Services;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Services;
using Dashboard.Kubernetes.Tests.Changes;
using FluentValidation;
using k8s;

namespace Dashboard.Kubernetes.Tests.Services;

/// <summary>"Create the namespace first": made when asked, dry-run with the Service, and reported when the Service fails.</summary>
public class NamespaceCreationTests
{
    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    private static async Task<bool> NamespaceExistsAsync(ChangeTestCluster lab, string name) =>
        (await lab.Client.CoreV1.ListNamespaceAsync(cancellationToken: Cancel)).Items.Any(n => n.Metadata.Name == name);

    [Fact]
    public async Task AServiceInANewNamespaceCreatesTheNamespaceFirst()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        var draft = ChangeTestCluster.Service("web", ns: "shop");
        draft.CreateNamespace = true;

        await lab.ServiceOperations.CreateAsync(lab.Id, draft, ChangeTestCluster.Admin, false, Cancel);

        (await NamespaceExistsAsync(lab, "shop")).ShouldBeTrue();
        (await lab.ServiceNamesAsync("shop")).ShouldContain("web");
    }

    [Fact]
    public async Task ADryRunIntoANewNamespaceStoresNeitherButStillValidates()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        var draft = ChangeTestCluster.Service("web", ns: "shop");
        draft.CreateNamespace = true;

        var result = await lab.ServiceOperations.CreateAsync(lab.Id, draft, ChangeTestCluster.Admin, true, Cancel);
        draft.Name = "Not_Valid";
        var invalid = await Should.ThrowAsync<ValidationException>(() =>
            lab.ServiceOperations.CreateAsync(lab.Id, draft, ChangeTestCluster.Admin, true, Cancel));

        result.Object.Metadata.NamespaceProperty.ShouldBe("shop");
        result.Yaml.ShouldContain("namespace: shop");
        invalid.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Name");
        (await NamespaceExistsAsync(lab, "shop")).ShouldBeFalse();
        (await lab.ServiceNamesAsync("default")).ShouldNotContain("web");
    }

    [Fact]
    public async Task AnInvalidServiceForANewNamespaceIsRefusedBeforeTheNamespaceIsCreated()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        var draft = ChangeTestCluster.Service("web", ServiceKind.NodePort, ns: "shop");
        draft.CreateNamespace = true;
        draft.Ports[0].NodePort = 80;

        await Should.ThrowAsync<ValidationException>(() =>
            lab.ServiceOperations.CreateAsync(lab.Id, draft, ChangeTestCluster.Admin, false, Cancel));

        (await NamespaceExistsAsync(lab, "shop")).ShouldBeFalse();
    }
}
