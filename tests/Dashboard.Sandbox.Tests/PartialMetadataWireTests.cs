using System.Net;
using System.Text.Json;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests;

/// <summary>
/// <c>Accept: application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1</c> and <c>as=PartialObjectMetadata</c>:
/// metadata only, as the real server answers client-go's metadata client (kubectl 1.32's get, delete and
/// <c>-o name</c> send plain JSON, so raw HTTP is the referee here).
/// </summary>
public sealed class PartialMetadataWireTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>, IDisposable
{
    private const string AsList = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";
    private const string AsObject = "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1";
    private const string PrivateKey = "PRIVATE-KEY-MATERIAL";

    private readonly HttpClient http = sandbox.CreateHttpClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AListAskedForMetadataOnlyIsAPartialObjectMetadataListWithTheFieldSelectorAppliedAndNoData()
    {
        var ns = await NamespaceWithSecretsAsync();

        var (status, body) = await GetAsync($"/api/v1/namespaces/{ns}/secrets?fieldSelector=type%3Dkubernetes.io%2Ftls", AsList);

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldNotContain(PrivateKey);
        body.ShouldNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(PrivateKey)));
        using var list = JsonDocument.Parse(body);
        list.RootElement.GetProperty("kind").GetString().ShouldBe("PartialObjectMetadataList");
        list.RootElement.GetProperty("apiVersion").GetString().ShouldBe("meta.k8s.io/v1");
        list.RootElement.GetProperty("metadata").GetProperty("resourceVersion").GetString().ShouldNotBeNullOrEmpty();
        var items = list.RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("metadata").GetProperty("name").GetString()).ShouldBe(["a-tls", "b-tls"]);
        items.ShouldAllBe(i => i.GetProperty("kind").GetString() == "PartialObjectMetadata" && i.EnumerateObject().Count() == 3);
    }

    [Fact]
    public async Task AMetadataListPagesWithLimitAndContinueAndHonoursLabelSelectors()
    {
        var ns = await NamespaceWithSecretsAsync();

        var (_, first) = await GetAsync($"/api/v1/namespaces/{ns}/secrets?limit=2", AsList);
        using var firstPage = JsonDocument.Parse(first);
        var token = firstPage.RootElement.GetProperty("metadata").GetProperty("continue").GetString();
        var (_, rest) = await GetAsync($"/api/v1/namespaces/{ns}/secrets?limit=2&continue={Uri.EscapeDataString(token!)}", AsList);
        var (_, labelled) = await GetAsync($"/api/v1/namespaces/{ns}/secrets?labelSelector=tier%3Dfront", AsList);

        Names(first).ShouldBe(["a-tls", "b-tls"]);
        firstPage.RootElement.GetProperty("metadata").GetProperty("remainingItemCount").GetInt32().ShouldBe(1);
        Names(rest).ShouldBe(["db-password"]);
        Names(labelled).ShouldBe(["a-tls"]);
    }

    [Fact]
    public async Task OneObjectAskedForMetadataOnlyIsAPartialObjectMetadata()
    {
        var ns = await NamespaceWithSecretsAsync();

        var (status, body) = await GetAsync($"/api/v1/namespaces/{ns}/secrets/a-tls", AsObject);

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldNotContain("\"data\"");
        using var partial = JsonDocument.Parse(body);
        partial.RootElement.GetProperty("kind").GetString().ShouldBe("PartialObjectMetadata");
        partial.RootElement.GetProperty("metadata").GetProperty("labels").GetProperty("tier").GetString().ShouldBe("front");
    }

    [Theory]
    [InlineData("", AsObject, "you requested PartialObjectMetadata, but the requested object is a list (*core.SecretList)")]
    [InlineData("/a-tls", AsList, "you requested PartialObjectMetadataList, but the requested object is not a list (*core.Secret)")]
    public async Task AListAskedForAsOneObjectOrTheOtherWayRoundIsNotAcceptable(string path, string accept, string message)
    {
        var ns = await NamespaceWithSecretsAsync();

        var (status, body) = await GetAsync($"/api/v1/namespaces/{ns}/secrets{path}", accept);

        status.ShouldBe(HttpStatusCode.NotAcceptable);
        using var error = JsonDocument.Parse(body);
        error.RootElement.GetProperty("reason").GetString().ShouldBe("NotAcceptable");
        error.RootElement.GetProperty("message").GetString().ShouldBe(message);
    }

    [Fact]
    public async Task AProtobufMetadataListFirstInTheHeaderIsSkippedForItsJsonTwin()
    {
        var ns = await NamespaceWithSecretsAsync();

        var (_, body) = await GetAsync($"/api/v1/namespaces/{ns}/secrets", $"application/vnd.kubernetes.protobuf;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,{AsList},application/json");

        body.ShouldNotContain(PrivateKey);
        JsonDocument.Parse(body).RootElement.GetProperty("kind").GetString().ShouldBe("PartialObjectMetadataList");
    }

    [Fact]
    public async Task AWatchAskedForMetadataOnlyStreamsPartialObjectMetadata()
    {
        var ns = await NamespaceWithSecretsAsync();

        var (_, body) = await GetAsync($"/api/v1/namespaces/{ns}/secrets?watch=true&timeoutSeconds=1", AsObject);

        var events = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        events.Count.ShouldBe(3);
        events.ShouldAllBe(e => e.GetProperty("object").GetProperty("kind").GetString() == "PartialObjectMetadata");
        body.ShouldNotContain("\"data\"");
    }

    public void Dispose() => http.Dispose();

    private static List<string?> Names(string listJson) =>
        JsonDocument.Parse(listJson).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("metadata").GetProperty("name").GetString()).ToList();

    /// <summary>Two TLS secrets (one labelled tier=front) and an Opaque one, all holding the same recognisable key.</summary>
    private async Task<string> NamespaceWithSecretsAsync()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        foreach (var (name, type, labels) in new[]
        {
            ("a-tls", "kubernetes.io/tls", new Dictionary<string, string> { ["tier"] = "front" }),
            ("b-tls", "kubernetes.io/tls", null),
            ("db-password", "Opaque", null),
        })
        {
            await sandbox.Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret
            {
                Metadata = new V1ObjectMeta { Name = name, Labels = labels },
                Type = type,
                StringData = new Dictionary<string, string> { ["tls.crt"] = "certificate", ["tls.key"] = PrivateKey },
            }, ns, cancellationToken: Ct);
        }

        return ns;
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await http.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }
}
