using System.Net;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Client;

/// <summary>Service create, read, update, patch, delete and the API's error answers, through KubernetesClient.</summary>
public sealed class ServiceTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ICoreV1Operations Core => sandbox.Client.CoreV1;

    [Fact]
    public async Task AServiceRoundTripsThroughCreateGetListUpdatePatchAndDelete()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var created = await Core.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct);
        var read = await Core.ReadNamespacedServiceAsync("web", ns, cancellationToken: Ct);
        read.Metadata.Labels = new Dictionary<string, string> { ["tier"] = "front" };
        var updated = await Core.ReplaceNamespacedServiceAsync(read, "web", ns, cancellationToken: Ct);
        var patched = await Core.PatchNamespacedServiceAsync(new V1Patch("""{"spec":{"selector":{"app":"web2"}}}""", V1Patch.PatchType.MergePatch), "web", ns, cancellationToken: Ct);
        var listed = await Core.ListNamespacedServiceAsync(ns, cancellationToken: Ct);
        var deleted = await Core.DeleteNamespacedServiceAsync("web", ns, cancellationToken: Ct);
        var afterDelete = await Core.ListNamespacedServiceAsync(ns, cancellationToken: Ct);

        created.Spec.ClusterIP.ShouldStartWith("10.43.");
        created.Spec.Ports.Single().Protocol.ShouldBe("TCP");
        read.Metadata.Uid.ShouldBe(created.Metadata.Uid);
        updated.Metadata.Labels["tier"].ShouldBe("front");
        updated.Spec.ClusterIP.ShouldBe(created.Spec.ClusterIP);
        patched.Spec.Selector["app"].ShouldBe("web2");
        patched.Metadata.Labels["tier"].ShouldBe("front");
        listed.Items.Single().Metadata.ResourceVersion.ShouldBe(patched.Metadata.ResourceVersion);
        deleted.Metadata.Name.ShouldBe("web");
        afterDelete.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task UpdatingAServiceWithAStaleResourceVersionIsAConflict()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var stale = await Core.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct);
        await Core.PatchNamespacedServiceAsync(new V1Patch("""{"metadata":{"labels":{"a":"b"}}}""", V1Patch.PatchType.MergePatch), "web", ns, cancellationToken: Ct);

        var (code, reason, message) = await ApiError.Of(() => Core.ReplaceNamespacedServiceAsync(stale, "web", ns, cancellationToken: Ct));

        code.ShouldBe(HttpStatusCode.Conflict);
        reason.ShouldBe("Conflict");
        message.ShouldBe("Operation cannot be fulfilled on services \"web\": the object has been modified; please apply your changes to the latest version and try again");
    }

    [Fact]
    public async Task CreatingAServiceTwiceIsAlreadyExists()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct);

        var (code, reason, message) = await ApiError.Of(() => Core.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct));

        code.ShouldBe(HttpStatusCode.Conflict);
        reason.ShouldBe("AlreadyExists");
        message.ShouldBe("services \"web\" already exists");
    }

    [Fact]
    public async Task AnUppercaseServiceNameIsInvalidWithTheRealValidatorsMessage()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var (code, reason, message) = await ApiError.Of(() => Core.CreateNamespacedServiceAsync(Objects.Service("Web"), ns, cancellationToken: Ct));

        code.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reason.ShouldBe("Invalid");
        message.ShouldBe("Service \"Web\" is invalid: metadata.name: Invalid value: \"Web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')");
    }

    [Fact]
    public async Task CreatingInAMissingNamespaceIsNotFound()
    {
        var (code, reason, message) = await ApiError.Of(() => Core.CreateNamespacedServiceAsync(Objects.Service("web"), "no-such-namespace", cancellationToken: Ct));

        code.ShouldBe(HttpStatusCode.NotFound);
        reason.ShouldBe("NotFound");
        message.ShouldBe("namespaces \"no-such-namespace\" not found");
    }

    [Fact]
    public async Task ReadingAMissingServiceIsNotFound()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var (code, _, message) = await ApiError.Of(() => Core.ReadNamespacedServiceAsync("web", ns, cancellationToken: Ct));

        code.ShouldBe(HttpStatusCode.NotFound);
        message.ShouldBe("services \"web\" not found");
    }

    [Fact]
    public async Task ADryRunCreateReturnsTheServiceButStoresNothing()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var preview = await Core.CreateNamespacedServiceAsync(Objects.Service("web", "NodePort"), ns, dryRun: "All", cancellationToken: Ct);
        var listed = await Core.ListNamespacedServiceAsync(ns, cancellationToken: Ct);

        preview.Spec.ClusterIP.ShouldStartWith("10.43.");
        preview.Spec.Ports.Single().NodePort.ShouldNotBeNull().ShouldBeInRange(30000, 32767);
        listed.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task AHeadlessServiceKeepsClusterIpNone()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var headless = Objects.Service("db");
        headless.Spec.ClusterIP = "None";

        var created = await Core.CreateNamespacedServiceAsync(headless, ns, cancellationToken: Ct);

        created.Spec.ClusterIP.ShouldBe("None");
    }
}
