using System.Net;
using System.Text;
using System.Text.Json;
using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.OpenApi;

/// <summary>Server-side field validation over raw HTTP, in each fieldValidation mode and verb.</summary>
public sealed class FieldValidationTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StrictRefusesAnUnknownFieldWithTheDecodersMessage()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var (code, status, _) = await SendAsync(HttpMethod.Post, $"/api/v1/namespaces/{ns}/services?fieldValidation=Strict", Service("web", """, "bogus": 1"""));

        code.ShouldBe(HttpStatusCode.BadRequest);
        status.GetProperty("reason").GetString().ShouldBe("BadRequest");
        status.GetProperty("message").GetString().ShouldBe("Service in version \"v1\" cannot be handled as a Service: strict decoding error: unknown field \"spec.bogus\"");
    }

    [Fact]
    public async Task StrictJoinsEveryProblemIncludingDuplicatesAndStatusFieldsInDocumentOrder()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var body = """
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","nope":true,"labels":{"any":"thing"}},
             "spec":{"replicas":1,"replicas":2,"selector":{"matchLabels":{"app":"web"}},
              "template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"c","image":"nginx","imagex":"x"}]}}},
             "status":{"weird":1}}
            """;

        var (code, status, _) = await SendAsync(HttpMethod.Post, $"/apis/apps/v1/namespaces/{ns}/deployments?fieldValidation=Strict", body);

        code.ShouldBe(HttpStatusCode.BadRequest);
        status.GetProperty("message").GetString().ShouldBe(
            "Deployment in version \"v1\" cannot be handled as a Deployment: strict decoding error: unknown field \"metadata.nope\", duplicate field \"spec.replicas\", unknown field \"spec.template.spec.containers[0].imagex\", unknown field \"status.weird\"");
    }

    [Fact]
    public async Task WarnIsTheDefaultAndAcceptsWithAWarningHeaderPerProblem()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var (code, _, warnings) = await SendAsync(HttpMethod.Post, $"/api/v1/namespaces/{ns}/services", Service("web", """, "bogus": 1, "other": 2"""));
        var created = await sandbox.Client.CoreV1.ReadNamespacedServiceAsync("web", ns, cancellationToken: Ct);

        code.ShouldBe(HttpStatusCode.Created);
        warnings.ShouldBe(["299 - \"unknown field \\\"spec.bogus\\\"\"", "299 - \"unknown field \\\"spec.other\\\"\""]);
        created.Spec.Ports.ShouldHaveSingleItem().Port.ShouldBe(80);
    }

    [Fact]
    public async Task IgnoreAcceptsSilently()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var (code, _, warnings) = await SendAsync(HttpMethod.Post, $"/api/v1/namespaces/{ns}/services?fieldValidation=Ignore", Service("web", """, "bogus": 1"""));

        code.ShouldBe(HttpStatusCode.Created);
        warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task AKnownObjectWithFreeFormMapsPassesStrict()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var body = """
            {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","labels":{"a":"b"},"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}"}},
             "data":{"anything":"goes","else":"too"}}
            """;

        var (code, _, warnings) = await SendAsync(HttpMethod.Post, $"/api/v1/namespaces/{ns}/configmaps?fieldValidation=Strict", body);

        code.ShouldBe(HttpStatusCode.Created);
        warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task StrictReplaceRefusesAnUnknownField()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct);
        var live = await sandbox.Client.CoreV1.ReadNamespacedServiceAsync("web", ns, cancellationToken: Ct);
        var json = JsonSerializer.Serialize(new { apiVersion = "v1", kind = "Service", metadata = new { name = "web", resourceVersion = live.Metadata.ResourceVersion }, spec = new { ports = new[] { new { port = 80, bogus = true } } } });

        var (code, status, _) = await SendAsync(HttpMethod.Put, $"/api/v1/namespaces/{ns}/services/web?fieldValidation=Strict", json);

        code.ShouldBe(HttpStatusCode.BadRequest);
        status.GetProperty("message").GetString().ShouldEndWith("strict decoding error: unknown field \"spec.ports[0].bogus\"");
    }

    [Theory]
    [InlineData("application/merge-patch+json", """{"spec":{"bogus":1}}""")]
    [InlineData("application/json-patch+json", """[{"op":"add","path":"/spec/bogus","value":1}]""")]
    public async Task StrictPatchesAreInvalidWithThePatchedObjectAsTheValue(string mediaType, string patch)
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct);

        var (code, status, _) = await SendAsync(HttpMethod.Patch, $"/api/v1/namespaces/{ns}/services/web?fieldValidation=Strict", patch, mediaType);
        var message = status.GetProperty("message").GetString()!;

        code.ShouldBe(HttpStatusCode.UnprocessableEntity);
        status.GetProperty("reason").GetString().ShouldBe("Invalid");
        message.ShouldStartWith(" \"\" is invalid: patch: Invalid value: \"{\\\"");
        message.ShouldContain("\\\"bogus\\\":1");
        message.ShouldEndWith("\": strict decoding error: unknown field \"spec.bogus\"");
    }

    [Fact]
    public async Task AStrictStrategicMergePatchPrintsThePatchedObjectAsAGoMap()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct);

        var (code, status, _) = await SendAsync(HttpMethod.Patch, $"/api/v1/namespaces/{ns}/services/web?fieldValidation=Strict",
            """{"spec":{"bogus":"x"}}""", "application/strategic-merge-patch+json");
        var message = status.GetProperty("message").GetString()!;

        code.ShouldBe(HttpStatusCode.UnprocessableEntity);
        message.ShouldStartWith(" \"\" is invalid: patch: Invalid value: \"map[apiVersion:v1 kind:Service metadata:map[");
        message.ShouldContain("spec:map[bogus:x ");
        message.ShouldEndWith("]\": strict decoding error: unknown field \"spec.bogus\"");
    }

    [Fact]
    public async Task AWarnPatchIsAppliedWithAWarning()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct);

        var (code, _, warnings) = await SendAsync(HttpMethod.Patch, $"/api/v1/namespaces/{ns}/services/web", """{"metadata":{"labels":{"tier":"fe"}},"spec":{"bogus":1}}""", "application/merge-patch+json");
        var service = await sandbox.Client.CoreV1.ReadNamespacedServiceAsync("web", ns, cancellationToken: Ct);

        code.ShouldBe(HttpStatusCode.OK);
        warnings.ShouldBe(["299 - \"unknown field \\\"spec.bogus\\\"\""]);
        service.Metadata.Labels["tier"].ShouldBe("fe");
    }

    [Fact]
    public async Task ServerSideApplyOfAnUndeclaredFieldFailsToBuildTheTypedObject()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var (code, status, _) = await SendAsync(HttpMethod.Patch, $"/api/v1/namespaces/{ns}/services/web?fieldManager=test&fieldValidation=Ignore",
            Service("web", """, "bogus": 1"""), "application/apply-patch+yaml");

        code.ShouldBe(HttpStatusCode.InternalServerError);
        status.GetProperty("message").GetString().ShouldBe($"failed to create typed patch object ({ns}/web; /v1, Kind=Service): .spec.bogus: field not declared in schema");
    }

    [Theory]
    [InlineData("POST", "CreateOptions")]
    [InlineData("PUT", "UpdateOptions")]
    [InlineData("PATCH", "PatchOptions")]
    public async Task AnUnknownFieldValidationValueIsRefusedAsTheOptionsAre(string method, string options)
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var path = method == "POST" ? $"/api/v1/namespaces/{ns}/services" : $"/api/v1/namespaces/{ns}/services/web";

        var (code, status, _) = await SendAsync(new HttpMethod(method), path + "?fieldValidation=Loose", Service("web", string.Empty),
            method == "PATCH" ? "application/merge-patch+json" : "application/json");

        code.ShouldBe(HttpStatusCode.UnprocessableEntity);
        status.GetProperty("message").GetString().ShouldBe(
            $"{options}.meta.k8s.io \"\" is invalid: fieldValidation: Unsupported value: \"Loose\": supported values: \"\", \"Ignore\", \"Strict\", \"Warn\"");
    }

    private static string Service(string name, string extraSpec) =>
        """{"apiVersion":"v1","kind":"Service","metadata":{"name":""" + $"\"{name}\"" + """},"spec":{"selector":{"app":"web"},"ports":[{"port":80,"targetPort":8080}]""" + extraSpec + "}}";

    private async Task<(HttpStatusCode Code, JsonElement Body, string[] Warnings)> SendAsync(HttpMethod method, string path, string body, string mediaType = "application/json")
    {
        using var http = sandbox.CreateHttpClient();
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        using var response = await http.SendAsync(request, Ct);
        var warnings = response.Headers.TryGetValues("Warning", out var values) ? values.ToArray() : [];
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return (response.StatusCode, document.RootElement.Clone(), warnings);
    }
}
