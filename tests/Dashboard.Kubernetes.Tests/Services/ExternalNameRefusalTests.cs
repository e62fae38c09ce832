using Dashboard.Core.Services;
using Dashboard.Kubernetes.Tests.Changes;
using FluentValidation;

namespace Dashboard.Kubernetes.Tests.Services;

/// <summary>The ExternalName rule in the Service operation: an alias of the metadata service never reaches the cluster.</summary>
public class ExternalNameRefusalTests
{
    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    [Fact]
    public async Task AnExternalNameServiceAliasingTheMetadataAddressIsRefusedBeforeTheCluster()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        var draft = new ServiceDraft { Namespace = "default", Name = "meta", Type = ServiceKind.ExternalName, ExternalName = "169.254.169.254", Ports = [] };

        var error = await Should.ThrowAsync<ValidationException>(() => lab.ServiceOperations.CreateAsync(lab.Id, draft, ChangeTestCluster.Admin, false, Cancel));

        error.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("ExternalName");
        error.Message.ShouldContain("metadata service");
        (await lab.ServiceNamesAsync("default")).ShouldNotContain("meta");
    }

    [Fact]
    public async Task AnExternalNameServiceAliasingAPublicNameIsCreated()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        var draft = new ServiceDraft { Namespace = "default", Name = "db", Type = ServiceKind.ExternalName, ExternalName = "db.example.com", Ports = [] };

        await lab.ServiceOperations.CreateAsync(lab.Id, draft, ChangeTestCluster.Admin, false, Cancel);

        (await lab.ServiceNamesAsync("default")).ShouldContain("db");
    }
}
