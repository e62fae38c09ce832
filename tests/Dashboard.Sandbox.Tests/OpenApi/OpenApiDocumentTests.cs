using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Dashboard.Sandbox.OpenApi;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Tests.Support;

namespace Dashboard.Sandbox.Tests.OpenApi;

/// <summary>The OpenAPI documents on the wire: index, per-group-version documents, v2, caching headers.</summary>
public sealed class OpenApiDocumentTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Profiles => [.. SandboxProfiles.Names];

    [Fact]
    public async Task TheIndexPointsAtEveryServedGroupVersionWithTheHashOfItsDocument()
    {
        using var http = sandbox.CreateHttpClient();
        using var index = JsonDocument.Parse(await http.GetStringAsync("/openapi/v3", Ct));

        var paths = index.RootElement.GetProperty("paths").EnumerateObject().ToList();
        paths.Select(p => p.Name).ShouldBe(["api/v1", "apis/apps/v1", "apis/authorization.k8s.io/v1", "apis/discovery.k8s.io/v1", "apis/events.k8s.io/v1", "apis/networking.k8s.io/v1"], ignoreOrder: true);
        foreach (var path in paths)
        {
            var url = path.Value.GetProperty("serverRelativeURL").GetString()!;
            var bytes = await http.GetByteArrayAsync(url, Ct);
            using var document = JsonDocument.Parse(bytes);

            url.ShouldBe($"/openapi/v3/{path.Name}?hash={Convert.ToHexString(SHA512.HashData(bytes))}");
            document.RootElement.GetProperty("openapi").GetString().ShouldBe("3.0.0");
        }
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void EveryServedKindHasASchemaAndAPatchOperationThatTakesFieldValidation(string profile)
    {
        var served = SandboxProfiles.Get(profile).Served;
        var documents = new OpenApiDocuments(served, "v1.32.4");

        foreach (var kind in served.All)
        {
            var key = kind.Group.Length == 0 ? $"api/{kind.Version}" : $"apis/{kind.Group}/{kind.Version}";
            using var document = JsonDocument.Parse(documents.GroupVersions[key].Bytes);
            var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
            var schema = schemas.EnumerateObject().SingleOrDefault(s => s.Value.TryGetProperty("x-kubernetes-group-version-kind", out var gvks)
                && gvks.EnumerateArray().Any(g => Is(g, kind)));

            schema.Value.ValueKind.ShouldBe(JsonValueKind.Object, $"{kind} has no schema");
            schema.Value.GetProperty("properties").TryGetProperty("metadata", out _).ShouldBeTrue($"{kind}'s schema has no metadata");
            // A create-only kind (an access review) is only ever posted; every other kind is patched.
            var verb = kind.IsCreateOnly ? "post" : "patch";
            var operation = document.RootElement.GetProperty("paths").EnumerateObject()
                .Select(p => p.Value.TryGetProperty(verb, out var op) ? op : default)
                .FirstOrDefault(op => op.ValueKind == JsonValueKind.Object && Is(op.GetProperty("x-kubernetes-group-version-kind"), kind));
            operation.ValueKind.ShouldBe(JsonValueKind.Object, $"{kind} has no {verb} operation");
            operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldContain("fieldValidation");
            if (kind.IsCreateOnly)
            {
                continue;
            }

            operation.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name).ShouldBe(
                ["application/apply-patch+yaml", "application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json"], ignoreOrder: true);
        }
    }

    [Fact]
    public void OnlyTheMetalLbProfileServesTheMetalLbGroup()
    {
        var metallb = new OpenApiDocuments(SandboxProfiles.Get("metallb").Served, "v1.32.4");
        var rke = new OpenApiDocuments(SandboxProfiles.Get("rke-custom").Served, "v1.32.4");

        metallb.GroupVersions.Keys.ShouldContain("apis/metallb.io/v1beta1");
        rke.GroupVersions.Keys.ShouldNotContain("apis/metallb.io/v1beta1");
        using var pools = JsonDocument.Parse(metallb.GroupVersions["apis/metallb.io/v1beta1"].Bytes);
        var pool = pools.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("io.metallb.v1beta1.IPAddressPool");
        pool.GetProperty("properties").GetProperty("spec").GetProperty("x-kubernetes-preserve-unknown-fields").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task SchemasCarryTheRealNamesDescriptionsAndStrategicMergeMetadata()
    {
        using var http = sandbox.CreateHttpClient();
        using var core = JsonDocument.Parse(await http.GetStringAsync("/openapi/v3/api/v1", Ct));
        var schemas = core.RootElement.GetProperty("components").GetProperty("schemas");

        var spec = schemas.GetProperty("io.k8s.api.core.v1.ServiceSpec");
        var ports = spec.GetProperty("properties").GetProperty("ports");
        ports.GetProperty("x-kubernetes-patch-merge-key").GetString().ShouldBe("port");
        ports.GetProperty("x-kubernetes-patch-strategy").GetString().ShouldBe("merge");
        ports.GetProperty("x-kubernetes-list-map-keys").EnumerateArray().Select(k => k.GetString()).ShouldBe(["port", "protocol"]);
        ports.GetProperty("items").GetProperty("allOf")[0].GetProperty("$ref").GetString().ShouldBe("#/components/schemas/io.k8s.api.core.v1.ServicePort");
        ports.GetProperty("description").GetString().ShouldStartWith("The list of ports that are exposed by this service.");
        schemas.GetProperty("io.k8s.api.core.v1.ServicePort").GetProperty("properties").GetProperty("targetPort").GetProperty("allOf")[0]
            .GetProperty("$ref").GetString().ShouldBe("#/components/schemas/io.k8s.apimachinery.pkg.util.intstr.IntOrString");
        schemas.GetProperty("io.k8s.apimachinery.pkg.util.intstr.IntOrString").GetProperty("format").GetString().ShouldBe("int-or-string");
        schemas.GetProperty("io.k8s.apimachinery.pkg.apis.meta.v1.Time").GetProperty("format").GetString().ShouldBe("date-time");
        schemas.GetProperty("io.k8s.api.core.v1.Service").GetProperty("properties").GetProperty("metadata").GetProperty("allOf")[0]
            .GetProperty("$ref").GetString().ShouldBe("#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");
        schemas.TryGetProperty("io.k8s.apimachinery.pkg.api.resource.Quantity", out _).ShouldBeTrue();
    }

    [Fact]
    public void TheComingKindsAndTheScaleSubresourceHaveTheirSchemasUnderTheRealNames()
    {
        KindSchemas.For("events.k8s.io", "v1", "Event").ShouldBe("io.k8s.api.events.v1.Event");
        KindSchemas.For(string.Empty, "v1", "Event").ShouldBe("io.k8s.api.core.v1.Event");
        KindSchemas.For("authorization.k8s.io", "v1", "SelfSubjectAccessReview").ShouldBe("io.k8s.api.authorization.v1.SelfSubjectAccessReview");
        KindSchemas.For("authorization.k8s.io", "v1", "SelfSubjectRulesReview").ShouldBe("io.k8s.api.authorization.v1.SelfSubjectRulesReview");
        KindSchemas.For("autoscaling", "v1", "Scale").ShouldBe("io.k8s.api.autoscaling.v1.Scale");
        var names = SchemaCatalog.Shared.Closure([KindSchemas.For("authorization.k8s.io", "v1", "SelfSubjectAccessReview"), KindSchemas.For("apps", "v1", "Deployment"), KindSchemas.For("discovery.k8s.io", "v1", "EndpointSlice")]);
        names.ShouldContain("io.k8s.api.authorization.v1.ResourceAttributes");
        names.ShouldContain("io.k8s.api.core.v1.PodTemplateSpec");
        names.ShouldContain("io.k8s.api.apps.v1.RollingUpdateDeployment");
        names.ShouldContain("io.k8s.api.discovery.v1.EndpointPort");
        names.ShouldNotContain(n => n.StartsWith("io.k8s.api.apps.v1.Pod", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStaleHashRedirectsAndACurrentETagIsNotModified()
    {
        using var handler = (SocketsHttpHandler)sandbox.Cluster.CreateHttpHandler();
        handler.AllowAutoRedirect = false;
        using var http = new HttpClient(handler) { BaseAddress = sandbox.Cluster.Url };
        http.DefaultRequestHeaders.Authorization = new("Bearer", SandboxFixture.TokenOf(sandbox.Cluster));
        using var index = JsonDocument.Parse(await http.GetStringAsync("/openapi/v3", Ct));
        var url = index.RootElement.GetProperty("paths").GetProperty("apis/apps/v1").GetProperty("serverRelativeURL").GetString()!;

        using var stale = await http.GetAsync("/openapi/v3/apis/apps/v1?hash=0123", Ct);
        using var current = await http.GetAsync(url, Ct);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(current.Headers.ETag!);
        using var notModified = await http.SendAsync(again, Ct);

        stale.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        stale.Headers.Location!.ToString().ShouldBe(url);
        current.Headers.CacheControl!.ToString().ShouldBe("public, immutable");
        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task TheV2DocumentIsServedAsJsonAndAsGnosticProtobuf()
    {
        using var http = sandbox.CreateHttpClient();
        using var json = new HttpRequestMessage(HttpMethod.Get, "/openapi/v2");
        json.Headers.Accept.ParseAdd("application/json");
        using var protobuf = new HttpRequestMessage(HttpMethod.Get, "/openapi/v2");
        protobuf.Headers.TryAddWithoutValidation("Accept", OpenApiEndpoint.ProtobufV2);

        using var jsonResponse = await http.SendAsync(json, Ct);
        using var protobufResponse = await http.SendAsync(protobuf, Ct);
        using var swagger = JsonDocument.Parse(await jsonResponse.Content.ReadAsStringAsync(Ct));
        var bytes = await protobufResponse.Content.ReadAsByteArrayAsync(Ct);

        swagger.RootElement.GetProperty("swagger").GetString().ShouldBe("2.0");
        var service = swagger.RootElement.GetProperty("definitions").GetProperty("io.k8s.api.core.v1.Service");
        service.GetProperty("properties").GetProperty("spec").GetProperty("$ref").GetString().ShouldBe("#/definitions/io.k8s.api.core.v1.ServiceSpec");
        swagger.RootElement.GetProperty("paths").GetProperty("/api/v1/namespaces/{namespace}/services/{name}").GetProperty("patch")
            .GetProperty("consumes").EnumerateArray().Select(c => c.GetString()).ShouldContain("application/strategic-merge-patch+json");
        protobufResponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/com.github.proto-openapi.spec.v2.v1.0+protobuf");
        bytes.Take(5).ShouldBe(new byte[] { 0x0a, 0x03, (byte)'2', (byte)'.', (byte)'0' }); // Document.swagger = "2.0"
        System.Text.Encoding.UTF8.GetString(bytes).ShouldContain("io.k8s.api.core.v1.ServiceSpec");
    }

    private static bool Is(JsonElement gvk, ResourceKind kind) =>
        gvk.GetProperty("group").GetString() == kind.Group && gvk.GetProperty("version").GetString() == kind.Version && gvk.GetProperty("kind").GetString() == kind.Kind;
}
