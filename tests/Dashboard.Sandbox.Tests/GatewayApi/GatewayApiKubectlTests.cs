using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dashboard.Sandbox.Tests.Support;

namespace Dashboard.Sandbox.Tests.GatewayApi;

/// <summary>
/// kubectl as the referee for the Gateway API kinds: apply with strict validation, listing with the CRDs'
/// columns, explain, watch, the CRDs' defaults and their refusals. The class names no controller's class
/// (<c>example</c>), so what is seen is the apiserver's part alone.
/// </summary>
public sealed class GatewayApiKubectlTests(ProfileClusters clusters) : IClassFixture<ProfileClusters>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string GatewayClass(string name) => $"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata:
          name: {name}
        spec:
          controllerName: example.net/gateway-controller
          description: Used by the tests
        """;

    private static string Gateway(string name, string className, string listeners = """
            - name: http
              port: 80
              protocol: HTTP
        """) => $"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata:
          name: {name}
        spec:
          gatewayClassName: {className}
          listeners:
        {listeners}
        """;

    private static string HttpRoute(string name, string gateway, string backend = """
                - name: web
                  port: 8080
        """) => $"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: {name}
        spec:
          parentRefs:
          - name: {gateway}
          hostnames: [shop.example.com]
          rules:
          - backendRefs:
        {backend}
        """;

    [Fact]
    public async Task ApplyingAGatewayClassGatewayAndHttpRouteCreatesEachUnderStrictValidation()
    {
        var (kubectl, ns) = await ClusterAsync("gke");
        var manifest = string.Join("\n---\n", GatewayClass("example-" + ns), Gateway("shop", "example-" + ns), HttpRoute("shop", "shop"));

        var result = await kubectl.RunAsync(manifest, Ct, "apply", "-f", "-", "-n", ns);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Lines.ShouldBe([
            $"gatewayclass.gateway.networking.k8s.io/example-{ns} created",
            "gateway.gateway.networking.k8s.io/shop created",
            "httproute.gateway.networking.k8s.io/shop created",
        ]);
    }

    [Fact]
    public async Task GetGatewaysAndHttpRoutesAcrossNamespacesPrintsTheCrdColumns()
    {
        var (kubectl, ns) = await ClusterAsync("eks");
        (await kubectl.RunAsync(Gateway("front", "example") + "\n---\n" + HttpRoute("front", "front"), Ct, "apply", "-f", "-", "-n", ns)).ExitCode.ShouldBe(0);

        var result = await kubectl.RunAsync(Ct, "get", "gateways,httproutes", "-A");

        result.ExitCode.ShouldBe(0, result.Error);
        var blocks = result.Output.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var gateways = blocks[0].Split('\n');
        Columns(gateways[0]).ShouldBe(["NAMESPACE", "NAME", "CLASS", "ADDRESS", "PROGRAMMED", "AGE"]);
        var gateway = gateways.Single(line => line.StartsWith(ns, StringComparison.Ordinal));
        Columns(gateway)[..4].ShouldBe([ns, "gateway.gateway.networking.k8s.io/front", "example", "Unknown"]);
        var routes = blocks[1].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Columns(routes[0]).ShouldBe(["NAMESPACE", "NAME", "HOSTNAMES", "AGE"]);
        Columns(routes.Single(line => line.StartsWith(ns, StringComparison.Ordinal)))[..3]
            .ShouldBe([ns, "httproute.gateway.networking.k8s.io/front", "[\"shop.example.com\"]"]);
    }

    [Fact]
    public async Task GetGatewayClassesByShortNamePrintsControllerAcceptedAndAge()
    {
        var (kubectl, ns) = await ClusterAsync("aks");
        (await kubectl.RunAsync(GatewayClass("listed-" + ns), Ct, "apply", "-f", "-")).ExitCode.ShouldBe(0);

        var result = await kubectl.RunAsync(Ct, "get", "gc", "listed-" + ns, "-o", "wide");

        result.ExitCode.ShouldBe(0, result.Error);
        Columns(result.Lines[0]).ShouldBe(["NAME", "CONTROLLER", "ACCEPTED", "AGE", "DESCRIPTION"]);
        var row = Columns(result.Lines[1]);
        (row[0], row[1], row[2], row[4]).ShouldBe(("listed-" + ns, "example.net/gateway-controller", "Unknown", "Used by the tests"));
    }

    [Fact]
    public async Task ExplainHttpRouteRulesDescribesTheRuleFields()
    {
        var (kubectl, _) = await ClusterAsync("gke");

        var result = await kubectl.RunAsync(Ct, "explain", "httproute.spec.rules");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("GROUP:      gateway.networking.k8s.io");
        result.Output.ShouldContain("KIND:       HTTPRoute");
        result.Output.ShouldContain("VERSION:    v1");
        result.Output.ShouldContain("FIELD: rules <[]Object>");
        foreach (var field in new[] { "backendRefs\t<[]Object>", "filters\t<[]Object>", "matches\t<[]Object>", "timeouts\t<Object>" })
        {
            result.Output.ShouldContain(field);
        }
    }

    [Fact]
    public async Task WatchingHttpRoutesPrintsAddedAndDeletedEvents()
    {
        var (kubectl, ns) = await ClusterAsync("metallb");
        await using var watch = kubectl.Start("get", "httproutes", "-n", ns, "-w", "--output-watch-events");

        (await kubectl.RunAsync(HttpRoute("watched", "front"), Ct, "apply", "-f", "-", "-n", ns)).ExitCode.ShouldBe(0);
        var added = await watch.WaitForLineAsync(line => line.Contains("watched", StringComparison.Ordinal), Ct);
        (await kubectl.RunAsync(Ct, "delete", "httproute", "watched", "-n", ns)).ExitCode.ShouldBe(0);
        var deleted = await watch.WaitForLineAsync(line => line.StartsWith("DELETED", StringComparison.Ordinal), Ct);

        Columns(added)[..3].ShouldBe(["ADDED", "watched", "[\"shop.example.com\"]"]);
        Columns(deleted)[1].ShouldBe("watched");
    }

    [Fact]
    public async Task AnHttpRouteGetsTheCrdDefaultsPathPrefixSlashWeightOneAndGatewayParents()
    {
        var (kubectl, ns) = await ClusterAsync("gke");
        (await kubectl.RunAsync(HttpRoute("defaulted", "front"), Ct, "apply", "-f", "-", "-n", ns)).ExitCode.ShouldBe(0);

        var result = await kubectl.RunAsync(Ct, "get", "httproute", "defaulted", "-n", ns, "-o", "json");

        result.ExitCode.ShouldBe(0, result.Error);
        var spec = JsonNode.Parse(result.Output)!["spec"]!;
        spec["parentRefs"]![0]!.ToJsonString().ShouldBe("""{"group":"gateway.networking.k8s.io","kind":"Gateway","name":"front"}""");
        spec["rules"]![0]!["matches"]!.ToJsonString().ShouldBe("""[{"path":{"type":"PathPrefix","value":"/"}}]""");
        spec["rules"]![0]!["backendRefs"]![0]!.ToJsonString().ShouldBe("""{"group":"","kind":"Service","name":"web","port":8080,"weight":1}""");
    }

    [Fact]
    public async Task AGatewayWithTwoListenersOfOneNameIsRefusedWithTheCrdRule()
    {
        var (kubectl, ns) = await ClusterAsync("gke");
        var twice = """
                - name: web
                  port: 80
                  protocol: HTTP
                - name: web
                  port: 8080
                  protocol: HTTP
            """;

        var result = await kubectl.RunAsync(Gateway("twice", "example", twice), Ct, "apply", "-f", "-", "-n", ns);

        result.ExitCode.ShouldBe(1);
        result.Error.Trim().ShouldBe(
            "The Gateway \"twice\" is invalid: spec.listeners: Invalid value: \"array\": Listener name must be unique within the Gateway");
    }

    [Fact]
    public async Task AListenerWithoutPortAndWithABadProtocolIsRefusedByTheSchema()
    {
        var (kubectl, ns) = await ClusterAsync("gke");
        var bad = """
                - name: web
                  protocol: "HTTP 2"
            """;

        var result = await kubectl.RunAsync(Gateway("bad", "example", bad), Ct, "apply", "-f", "-", "-n", ns);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("The Gateway \"bad\" is invalid: ");
        result.Error.ShouldContain("spec.listeners[0].port: Required value");
        result.Error.ShouldContain("spec.listeners[0].protocol: Invalid value: \"HTTP 2\": spec.listeners[0].protocol in body should match '");
    }

    [Fact]
    public async Task AGatewayWithoutListenersIsRefused()
    {
        var (kubectl, ns) = await ClusterAsync("gke");

        var result = await kubectl.RunAsync(Gateway("empty", "example", "    []"), Ct, "apply", "-f", "-", "-n", ns);

        result.ExitCode.ShouldBe(1);
        result.Error.Trim().ShouldBe("The Gateway \"empty\" is invalid: spec.listeners: Invalid value: 0: spec.listeners in body should have at least 1 items");
    }

    [Fact]
    public async Task AServiceBackendWithoutPortIsRefusedWithTheCrdMessage()
    {
        var (kubectl, ns) = await ClusterAsync("gke");

        var result = await kubectl.RunAsync(HttpRoute("portless", "front", "        - name: web"), Ct, "apply", "-f", "-", "-n", ns);

        result.ExitCode.ShouldBe(1);
        result.Error.Trim().ShouldBe(
            "The HTTPRoute \"portless\" is invalid: spec.rules[0].backendRefs[0]: Invalid value: \"object\": Must have port for Service reference");
    }

    [Fact]
    public async Task MoreThanThirtyTwoParentRefsAreTooMany()
    {
        var (kubectl, ns) = await ClusterAsync("gke");
        var parents = string.Concat(Enumerable.Range(0, 33).Select(i => $"  - name: gateway-{i}\n"));
        var manifest = $"apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: crowded\nspec:\n  parentRefs:\n{parents}";

        var result = await kubectl.RunAsync(manifest, Ct, "apply", "-f", "-", "-n", ns);

        result.ExitCode.ShouldBe(1);
        result.Error.Trim().ShouldBe("The HTTPRoute \"crowded\" is invalid: spec.parentRefs: Too many: 33: must have at most 32 items");
    }

    [Fact]
    public async Task AnUnknownSpecFieldIsRefusedByStrictFieldValidation()
    {
        var (kubectl, ns) = await ClusterAsync("gke");
        var manifest = HttpRoute("typo", "front").Replace("  hostnames:", "  hostname: shop.example.com\n  hostnames:", StringComparison.Ordinal);

        var result = await kubectl.RunAsync(manifest, Ct, "apply", "-f", "-", "-n", ns);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("unknown field \"spec.hostname\"");
    }

    [Fact]
    public async Task ReferenceGrantsAndTheExperimentalRoutesAreServedAtTheirVersions()
    {
        var (kubectl, _) = await ClusterAsync("gke");

        var result = await kubectl.RunAsync(Ct, "api-resources", "--api-group=gateway.networking.k8s.io", "-o", "wide");

        result.ExitCode.ShouldBe(0, result.Error);
        var rows = result.Lines.Skip(1).Select(Columns).ToDictionary(c => c[0], c => c);
        rows.Keys.Order(StringComparer.Ordinal).ShouldBe(
            ["gatewayclasses", "gateways", "grpcroutes", "httproutes", "referencegrants", "tcproutes", "tlsroutes", "udproutes"]);
        rows["gatewayclasses"][1..5].ShouldBe(["gc", "gateway.networking.k8s.io/v1", "false", "GatewayClass"]);
        rows["gateways"][1..5].ShouldBe(["gtw", "gateway.networking.k8s.io/v1", "true", "Gateway"]);
        rows["referencegrants"][1..4].ShouldBe(["gateway.networking.k8s.io/v1beta1", "true", "ReferenceGrant"]);
        rows["tcproutes"][1..4].ShouldBe(["gateway.networking.k8s.io/v1alpha2", "true", "TCPRoute"]);
        rows["httproutes"].Last().ShouldBe("gateway-api");
    }

    [Theory]
    [InlineData("rke-ec2")]
    [InlineData("rke-custom")]
    public async Task RkeOneProfilesDoNotServeTheGatewayApi(string profile)
    {
        var (kubectl, _) = await ClusterAsync(profile);

        var result = await kubectl.RunAsync(Ct, "get", "gateways", "-A");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("the server doesn't have a resource type \"gateways\"");
    }

    private async Task<(KubectlRunner Kubectl, string Namespace)> ClusterAsync(string profile)
    {
        var sandbox = await clusters.GetAsync(profile);
        return (new KubectlRunner(sandbox), await sandbox.NewNamespaceAsync(Ct));
    }

    private static string[] Columns(string line) => Regex.Split(line.Trim(), @"\s{2,}").Where(c => c.Length > 0).ToArray();
}
