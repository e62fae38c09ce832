using System.Net;
using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.Client;

/// <summary>Namespaces: deleting one takes its objects; the system ones cannot be deleted.</summary>
public sealed class NamespaceTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ICoreV1Operations Core => sandbox.Client.CoreV1;

    [Fact]
    public async Task DeletingANamespaceDeletesItsObjectsAndThenTheNamespace()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct);
        await sandbox.Client.NetworkingV1.CreateNamespacedIngressAsync(Objects.Ingress("web", "web.example.com"), ns, cancellationToken: Ct);

        await Core.DeleteNamespaceAsync(ns, cancellationToken: Ct);
        var gone = await Eventually.ReturnsAsync(
            async () => (await Core.ListNamespaceAsync(fieldSelector: $"metadata.name={ns}", cancellationToken: Ct)).Items.Count,
            count => count == 0,
            Ct);
        var services = await Core.ListServiceForAllNamespacesAsync(fieldSelector: $"metadata.namespace={ns}", cancellationToken: Ct);
        var ingresses = await sandbox.Client.NetworkingV1.ListIngressForAllNamespacesAsync(fieldSelector: $"metadata.namespace={ns}", cancellationToken: Ct);
        var (code, _, _) = await ApiError.Of(() => Core.ReadNamespaceAsync(ns, cancellationToken: Ct));

        gone.ShouldBe(0);
        services.Items.ShouldBeEmpty();
        ingresses.Items.ShouldBeEmpty();
        code.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("kube-system")]
    public async Task DeletingASystemNamespaceIsForbidden(string name)
    {
        var (code, reason, message) = await ApiError.Of(() => Core.DeleteNamespaceAsync(name, cancellationToken: Ct));

        code.ShouldBe(HttpStatusCode.Forbidden);
        reason.ShouldBe("Forbidden");
        message.ShouldBe($"namespaces \"{name}\" is forbidden: this namespace may not be deleted");
        (await Core.ReadNamespaceAsync(name, cancellationToken: Ct)).Status.Phase.ShouldBe("Active");
    }

    [Fact]
    public async Task ANamespaceNameMustBeADns1123Label()
    {
        var (code, _, message) = await ApiError.Of(() =>
            Core.CreateNamespaceAsync(new k8s.Models.V1Namespace { Metadata = new() { Name = "has.dots" } }, cancellationToken: Ct));

        code.ShouldBe(HttpStatusCode.UnprocessableEntity);
        message.ShouldStartWith("Namespace \"has.dots\" is invalid: metadata.name: Invalid value: \"has.dots\": a lowercase RFC 1123 label must consist of");
    }

    [Fact]
    public async Task GenerateNameMakesAUniqueName()
    {
        var first = await Core.CreateNamespaceAsync(new k8s.Models.V1Namespace { Metadata = new() { GenerateName = "gen-" } }, cancellationToken: Ct);
        var second = await Core.CreateNamespaceAsync(new k8s.Models.V1Namespace { Metadata = new() { GenerateName = "gen-" } }, cancellationToken: Ct);

        first.Metadata.Name.ShouldMatch("^gen-[a-z0-9]{5}$");
        second.Metadata.Name.ShouldNotBe(first.Metadata.Name);
    }
}
