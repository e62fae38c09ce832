using System.Net;
using System.Text;
using System.Text.Json;
using Dashboard.Sandbox.Tests.Support;

namespace Dashboard.Sandbox.Tests.Cluster;

/// <summary>
/// SelfSubjectAccessReview and SelfSubjectRulesReview over JSON: the sandbox's user may do
/// everything. (kubectl auth can-i sends these as protobuf, which this branch does not decode.)
/// </summary>
public sealed class AccessReviewTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private const string Reviews = "/apis/authorization.k8s.io/v1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("apps", "deployments", "create")]
    [InlineData("*", "*", "*")]
    [InlineData("widgets.example.com", "widgets", "list")]
    public async Task AnAccessReviewIsAllowedAndEchoesItsSpec(string group, string resource, string verb)
    {
        var attributes = $$"""{"namespace":"default","verb":"{{verb}}","group":"{{group}}","resource":"{{resource}}"}""";

        var (code, body) = await PostAsync("selfsubjectaccessreviews", $$$"""{"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectAccessReview","spec":{"resourceAttributes":{{{attributes}}}}}""");

        code.ShouldBe(HttpStatusCode.Created);
        body.RootElement.GetProperty("kind").GetString().ShouldBe("SelfSubjectAccessReview");
        body.RootElement.GetProperty("apiVersion").GetString().ShouldBe("authorization.k8s.io/v1");
        body.RootElement.GetProperty("spec").GetProperty("resourceAttributes").GetRawText().ShouldBe(attributes);
        body.RootElement.GetProperty("status").GetProperty("allowed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task ANonResourceAccessReviewIsAllowed()
    {
        var (code, body) = await PostAsync("selfsubjectaccessreviews", """{"spec":{"nonResourceAttributes":{"path":"/healthz","verb":"get"}}}""");

        code.ShouldBe(HttpStatusCode.Created);
        body.RootElement.GetProperty("status").GetProperty("allowed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task AnAccessReviewWithoutAttributesIsInvalid()
    {
        var (code, body) = await PostAsync("selfsubjectaccessreviews", """{"spec":{}}""");

        code.ShouldBe(HttpStatusCode.UnprocessableEntity);
        body.RootElement.GetProperty("message").GetString().ShouldBe(
            "SelfSubjectAccessReview.authorization.k8s.io \"\" is invalid: spec.resourceAttributes: Invalid value: \"null\": exactly one of nonResourceAttributes or resourceAttributes must be specified");
    }

    [Fact]
    public async Task ARulesReviewGrantsEverythingCompletely()
    {
        var (code, body) = await PostAsync("selfsubjectrulesreviews", """{"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectRulesReview","spec":{"namespace":"default"}}""");

        code.ShouldBe(HttpStatusCode.Created);
        var status = body.RootElement.GetProperty("status");
        status.GetProperty("resourceRules").GetRawText().ShouldBe("""[{"verbs":["*"],"apiGroups":["*"],"resources":["*"]}]""");
        status.GetProperty("nonResourceRules").GetRawText().ShouldBe("""[{"verbs":["*"],"nonResourceURLs":["*"]}]""");
        status.GetProperty("incomplete").GetBoolean().ShouldBeFalse();
        body.RootElement.GetProperty("spec").GetProperty("namespace").GetString().ShouldBe("default");
    }

    [Fact]
    public async Task ARulesReviewNeedsANamespace()
    {
        var (code, body) = await PostAsync("selfsubjectrulesreviews", """{"spec":{}}""");

        code.ShouldBe(HttpStatusCode.BadRequest);
        body.RootElement.GetProperty("message").GetString().ShouldBe("no namespace on request");
    }

    [Theory]
    [InlineData("GET", "selfsubjectaccessreviews")]
    [InlineData("GET", "selfsubjectaccessreviews?watch=true")]
    [InlineData("GET", "selfsubjectrulesreviews/x")]
    [InlineData("DELETE", "selfsubjectaccessreviews/x")]
    public async Task ReviewsCanOnlyBeCreated(string method, string path)
    {
        using var http = sandbox.CreateHttpClient();

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{Reviews}/{path}"), Ct);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        body.RootElement.GetProperty("reason").GetString().ShouldBe("MethodNotAllowed");
    }

    [Fact]
    public async Task DiscoveryOffersTheReviewsForCreateOnly()
    {
        using var http = sandbox.CreateHttpClient();

        using var document = JsonDocument.Parse(await http.GetStringAsync(Reviews, Ct));
        var resources = document.RootElement.GetProperty("resources").EnumerateArray()
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => (r.GetProperty("namespaced").GetBoolean(), r.GetProperty("verbs").GetRawText()));

        resources.ShouldBe(new Dictionary<string, (bool, string)>
        {
            ["selfsubjectaccessreviews"] = (false, """["create"]"""),
            ["selfsubjectrulesreviews"] = (false, """["create"]"""),
        }, ignoreOrder: true);
    }

    private async Task<(HttpStatusCode Code, JsonDocument Body)> PostAsync(string resource, string json)
    {
        using var http = sandbox.CreateHttpClient();
        using var response = await http.PostAsync($"{Reviews}/{resource}", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)));
    }
}
