using System.Net;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Client;

/// <summary>The four PATCH media types: merge, strategic merge, JSON patch and server-side apply.</summary>
public sealed class PatchTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ICoreV1Operations Core => sandbox.Client.CoreV1;

    [Fact]
    public async Task AStrategicMergePatchMergesServicePortsByPort()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(TwoPortService(), ns, cancellationToken: Ct);
        var patch = new V1Patch("""{"spec":{"ports":[{"name":"https","port":443,"targetPort":8443}]}}""", V1Patch.PatchType.StrategicMergePatch);

        var patched = await Core.PatchNamespacedServiceAsync(patch, "web", ns, cancellationToken: Ct);

        patched.Spec.Ports.Select(p => (p.Port, p.TargetPort.Value)).ShouldBe([(80, "8080"), (443, "8443")]);
    }

    [Fact]
    public async Task AStrategicMergePatchCanDeleteOnePortByKey()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(TwoPortService(), ns, cancellationToken: Ct);
        var patch = new V1Patch("""{"spec":{"ports":[{"$patch":"delete","port":80}]}}""", V1Patch.PatchType.StrategicMergePatch);

        var patched = await Core.PatchNamespacedServiceAsync(patch, "web", ns, cancellationToken: Ct);

        patched.Spec.Ports.ShouldHaveSingleItem().Port.ShouldBe(443);
    }

    [Fact]
    public async Task AMergePatchReplacesListsWholesale()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(TwoPortService(), ns, cancellationToken: Ct);
        var patch = new V1Patch("""{"spec":{"ports":[{"name":"https","port":443,"targetPort":8443}]}}""", V1Patch.PatchType.MergePatch);

        var patched = await Core.PatchNamespacedServiceAsync(patch, "web", ns, cancellationToken: Ct);

        patched.Spec.Ports.ShouldHaveSingleItem().TargetPort.Value.ShouldBe("8443");
    }

    [Fact]
    public async Task AJsonPatchAddsAndTestsValues()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedConfigMapAsync(Objects.ConfigMap("settings"), ns, cancellationToken: Ct);
        var patch = new V1Patch("""[{"op":"test","path":"/data/key","value":"value"},{"op":"add","path":"/data/other","value":"x"},{"op":"remove","path":"/data/key"}]""", V1Patch.PatchType.JsonPatch);

        var patched = await Core.PatchNamespacedConfigMapAsync(patch, "settings", ns, cancellationToken: Ct);

        patched.Data.ShouldBe(new Dictionary<string, string> { ["other"] = "x" });
    }

    [Fact]
    public async Task ServerSideApplyCreatesThenMergesIntoTheLiveObject()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        const string applied = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings"},"data":{"a":"1"}}""";
        const string reapplied = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings","labels":{"x":"y"}},"data":{"b":"2"}}""";

        var created = await Core.PatchNamespacedConfigMapAsync(new V1Patch(applied, V1Patch.PatchType.ApplyPatch), "settings", ns, fieldManager: "tests", cancellationToken: Ct);
        var merged = await Core.PatchNamespacedConfigMapAsync(new V1Patch(reapplied, V1Patch.PatchType.ApplyPatch), "settings", ns, fieldManager: "tests", cancellationToken: Ct);

        created.Data.ShouldBe(new Dictionary<string, string> { ["a"] = "1" });
        merged.Data.ShouldBe(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });
        merged.Metadata.Labels["x"].ShouldBe("y");
        merged.Metadata.Uid.ShouldBe(created.Metadata.Uid);
    }

    [Fact]
    public async Task ServerSideApplyWithoutAFieldManagerIsInvalid()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        const string applied = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings"}}""";

        var (code, _, message) = await ApiError.Of(() => Core.PatchNamespacedConfigMapAsync(new V1Patch(applied, V1Patch.PatchType.ApplyPatch), "settings", ns, cancellationToken: Ct));

        code.ShouldBe(HttpStatusCode.UnprocessableEntity);
        message.ShouldContain("fieldManager: Required value");
    }

    [Fact]
    public async Task PatchingAMissingObjectIsNotFound()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var (code, _, message) = await ApiError.Of(() => Core.PatchNamespacedServiceAsync(new V1Patch("{}", V1Patch.PatchType.MergePatch), "ghost", ns, cancellationToken: Ct));

        code.ShouldBe(HttpStatusCode.NotFound);
        message.ShouldBe("services \"ghost\" not found");
    }

    [Fact]
    public async Task APatchThatChangesNothingKeepsTheResourceVersion()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var created = await Core.CreateNamespacedConfigMapAsync(Objects.ConfigMap("settings"), ns, cancellationToken: Ct);

        var patched = await Core.PatchNamespacedConfigMapAsync(new V1Patch("""{"data":{"key":"value"}}""", V1Patch.PatchType.MergePatch), "settings", ns, cancellationToken: Ct);

        patched.Metadata.ResourceVersion.ShouldBe(created.Metadata.ResourceVersion);
    }

    private static V1Service TwoPortService()
    {
        var service = Objects.Service("web");
        service.Spec.Ports.Add(new V1ServicePort { Name = "https", Port = 443, TargetPort = 8443 });
        return service;
    }
}
