using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Protobuf.Generated.AppsV1;
using Dashboard.Sandbox.Protobuf.Generated.CoreV1;
using Dashboard.Sandbox.Protobuf.Generated.MetaV1;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using static Dashboard.Sandbox.Tests.Protobuf.ProtobufBodies;

namespace Dashboard.Sandbox.Tests.Protobuf;

/// <summary>Protobuf bodies over HTTPS to a real sandbox: they go down the normal create/update/delete path.</summary>
public sealed class ProtobufHttpTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>, IDisposable
{
    private readonly HttpClient http = sandbox.CreateHttpClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APostedProtobufConfigMapIsCreatedAndReadBackAsJson()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var configMap = new ConfigMap { Metadata = new ObjectMeta { Name = "c", Namespace = string.Empty }, Data = { ["a"] = "b" } };

        var (code, created) = await SendAsync(HttpMethod.Post, $"/api/v1/namespaces/{ns}/configmaps", Envelope("v1", "ConfigMap", configMap));
        var stored = await sandbox.Client.CoreV1.ReadNamespacedConfigMapAsync("c", ns, cancellationToken: Ct);

        code.ShouldBe(HttpStatusCode.Created);
        created["kind"]!.GetValue<string>().ShouldBe("ConfigMap");
        stored.Data.ShouldBe(new Dictionary<string, string> { ["a"] = "b" });
    }

    [Fact]
    public async Task AProtobufPutReplacesTheObject()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var first = await sandbox.Client.CoreV1.CreateNamespacedConfigMapAsync(new k8s.Models.V1ConfigMap { Metadata = new() { Name = "c" }, Data = new Dictionary<string, string> { ["a"] = "1" } }, ns, cancellationToken: Ct);
        var replacement = new ConfigMap { Metadata = new ObjectMeta { Name = "c", ResourceVersion = first.Metadata.ResourceVersion }, Data = { ["a"] = "2" } };

        var (code, _) = await SendAsync(HttpMethod.Put, $"/api/v1/namespaces/{ns}/configmaps/c", Envelope("v1", "ConfigMap", replacement));
        var stored = await sandbox.Client.CoreV1.ReadNamespacedConfigMapAsync("c", ns, cancellationToken: Ct);

        code.ShouldBe(HttpStatusCode.OK);
        stored.Data["a"].ShouldBe("2");
    }

    [Fact]
    public async Task ProtobufDeleteOptionsAreHonoured()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedConfigMapAsync(new k8s.Models.V1ConfigMap { Metadata = new() { Name = "kept" } }, ns, cancellationToken: Ct);

        var (code, _) = await SendAsync(HttpMethod.Delete, $"/api/v1/namespaces/{ns}/configmaps/kept", Envelope("v1", "DeleteOptions", new DeleteOptions { DryRun = { "All" } }));
        var list = await sandbox.Client.CoreV1.ListNamespacedConfigMapAsync(ns, cancellationToken: Ct);

        code.ShouldBe(HttpStatusCode.OK);
        list.Items.Select(c => c.Metadata.Name).ShouldContain("kept");
    }

    [Fact]
    public async Task GarbageIsABadRequestStatusNotAServerError()
    {
        var (code, status) = await SendAsync(HttpMethod.Post, "/api/v1/namespaces", Envelope("v1", "Namespace", Hex("0a80")));

        code.ShouldBe(HttpStatusCode.BadRequest);
        status["kind"]!.GetValue<string>().ShouldBe("Status");
        status["reason"]!.GetValue<string>().ShouldBe("BadRequest");
        status["message"]!.GetValue<string>().ShouldBe("Namespace in version \"v1\" cannot be handled as a Namespace: unexpected EOF");
    }

    [Fact]
    public async Task ABodyOfAnotherKindIsRefusedAsTheJsonPathRefusesIt()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var deployment = new Deployment { Metadata = new ObjectMeta { Name = "web" } };
        var configMap = new ConfigMap { Metadata = new ObjectMeta { Name = "web" } };

        var (otherGroup, groupStatus) = await SendAsync(HttpMethod.Post, $"/api/v1/namespaces/{ns}/services", Envelope("apps/v1", "Deployment", deployment));
        var (otherKind, kindStatus) = await SendAsync(HttpMethod.Post, $"/api/v1/namespaces/{ns}/services", Envelope("v1", "ConfigMap", configMap));

        otherGroup.ShouldBe(HttpStatusCode.BadRequest);
        groupStatus["message"]!.GetValue<string>().ShouldBe("the API version in the data (apps/v1) does not match the expected API version (v1)");
        otherKind.ShouldBe(HttpStatusCode.BadRequest);
        kindStatus["message"]!.GetValue<string>().ShouldBe("the kind in the data (ConfigMap) does not match the expected kind (Service)");
    }

    [Fact]
    public async Task APatchIsNeverProtobuf()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedConfigMapAsync(new k8s.Models.V1ConfigMap { Metadata = new() { Name = "c" } }, ns, cancellationToken: Ct);

        var (code, status) = await SendAsync(HttpMethod.Patch, $"/api/v1/namespaces/{ns}/configmaps/c", Envelope("v1", "ConfigMap", new ConfigMap()));

        code.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        status["reason"]!.GetValue<string>().ShouldBe("UnsupportedMediaType");
    }

    public void Dispose() => http.Dispose();

    private async Task<(HttpStatusCode Code, JsonObject Body)> SendAsync(HttpMethod method, string path, byte[] body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.kubernetes.protobuf");
        request.Headers.Accept.ParseAdd("application/vnd.kubernetes.protobuf,application/json");
        using var response = await http.SendAsync(request, Ct);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject());
    }
}
