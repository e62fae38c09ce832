using System.Text.RegularExpressions;
using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.OpenApi;

/// <summary>kubectl as the referee of the OpenAPI documents: default validation, explain and diff.</summary>
public sealed partial class KubectlValidationTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private KubectlRunner Kubectl => new(sandbox);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Manifests => new()
    {
        { "service/web", Service(port: 80) },
        { "configmap/settings", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n" },
        {
            "deployment.apps/web",
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 2
              selector:
                matchLabels: {app: web}
              strategy:
                type: RollingUpdate
                rollingUpdate: {maxSurge: 1}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                  - name: nginx
                    image: nginx
                    ports:
                    - containerPort: 80
                    resources:
                      limits: {cpu: 500m, memory: 128Mi}
            """
        },
        {
            "ingress.networking.k8s.io/web",
            """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
            spec:
              rules:
              - host: web.example.com
                http:
                  paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service:
                        name: web
                        port: {number: 80}
            """
        },
    };

    [Theory]
    [MemberData(nameof(Manifests))]
    public async Task ApplyWithDefaultValidationLeavesTheCheckToTheServer(string created, string manifest)
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(manifest, Ct, "apply", "-f", "-", "-n", ns, "-v=6");

        result.Output.Trim().ShouldBe($"{created} created", result.Error);
        PostQueries(result.Error).ShouldHaveSingleItem().ShouldContain("fieldValidation=Strict");
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public async Task CreateWithDefaultValidationSucceeds(string created, string manifest)
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(manifest, Ct, "create", "-f", "-", "-n", ns);

        result.Output.Trim().ShouldBe($"{created} created", result.Error);
    }

    [Fact]
    public async Task ANamespaceIsCreatedAndAppliedWithDefaultValidation()
    {
        var name = "ns-" + Guid.NewGuid().ToString("N")[..8];
        var manifest = $"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {name}\n";

        var created = await Kubectl.RunAsync(manifest, Ct, "create", "-f", "-");
        var applied = await Kubectl.RunAsync(manifest, Ct, "apply", "-f", "-");

        created.Output.Trim().ShouldBe($"namespace/{name} created", created.Error);
        applied.ExitCode.ShouldBe(0, applied.Error);
        applied.Output.Trim().ShouldBe($"namespace/{name} configured");
    }

    [Fact]
    public async Task AnUnknownFieldFailsWithTheServersStrictDecodingError()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(Service(port: 80, extraSpec: "bogus: 1"), Ct, "create", "-f", "-", "-n", ns);

        result.ExitCode.ShouldBe(1);
        result.Error.Trim().ShouldBe("Error from server (BadRequest): error when creating \"STDIN\": Service in version \"v1\" cannot be handled as a Service: strict decoding error: unknown field \"spec.bogus\"");
    }

    [Fact]
    public async Task ServerSideApplyOfAnUnknownFieldFailsAsTheRealServerDoes()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(Service(port: 80, extraSpec: "bogus: 1"), Ct, "apply", "--server-side", "-f", "-", "-n", ns);

        result.ExitCode.ShouldBe(1);
        result.Error.Trim().ShouldBe($"Error from server: failed to create typed patch object ({ns}/web; /v1, Kind=Service): .spec.bogus: field not declared in schema");
    }

    [Fact]
    public async Task ValidateWarnCreatesAndPrintsTheWarning()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(Service(port: 80, extraSpec: "bogus: 1"), Ct, "create", "-f", "-", "-n", ns, "--validate=warn");

        result.Output.Trim().ShouldBe("service/web created");
        result.Error.Trim().ShouldBe("Warning: unknown field \"spec.bogus\"");
    }

    [Fact]
    public async Task ValidateFalseCreatesSilently()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(Service(port: 80, extraSpec: "bogus: 1"), Ct, "create", "-f", "-", "-n", ns, "--validate=false");
        var service = await sandbox.Client.CoreV1.ReadNamespacedServiceAsync("web", ns, cancellationToken: Ct);

        result.Output.Trim().ShouldBe("service/web created");
        result.Error.ShouldBeEmpty();
        service.Spec.Ports.ShouldHaveSingleItem().Port.ShouldBe(80);
    }

    [Fact]
    public async Task ApplyingAnUnknownFieldToAnExistingObjectIsRefusedByTheStrictPatch()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Kubectl.RunAsync(Service(port: 80), Ct, "apply", "-f", "-", "-n", ns);

        var result = await Kubectl.RunAsync(Service(port: 80, extraSpec: "bogus: 1"), Ct, "apply", "-f", "-", "-n", ns);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("is invalid: patch: Invalid value: \"map[");
        result.Error.Trim().ShouldEndWith("strict decoding error: unknown field \"spec.bogus\"");
    }

    [Fact]
    public async Task AListFromGetIsAppliedThroughClientSideValidationAgainstTheV2Document()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Kubectl.RunAsync(Service(port: 80), Ct, "apply", "-f", "-", "-n", ns);
        var list = await Kubectl.RunAsync(Ct, "get", "services", "-n", ns, "-o", "yaml");

        var applied = await Kubectl.RunAsync(list.Output, Ct, "apply", "-f", "-");
        var invalid = await Kubectl.RunAsync(list.Output.Replace("  spec:\n", "  spec:\n    bogus: 1\n", StringComparison.Ordinal), Ct, "apply", "-f", "-");

        list.Output.ShouldStartWith("apiVersion: v1\nitems:");
        applied.Output.Trim().ShouldBe("service/web configured", applied.Error);
        invalid.ExitCode.ShouldBe(1);
        invalid.Error.Trim().ShouldBe("error: error validating \"STDIN\": error validating data: ValidationError(Service.spec): unknown field \"bogus\" in io.k8s.api.core.v1.ServiceSpec; if you choose to ignore these errors, turn validation off with --validate=false");
    }

    [Fact]
    public async Task ApplyOfAnExistingObjectIsConfiguredThenUnchanged()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var created = await Kubectl.RunAsync(Service(port: 80), Ct, "apply", "-f", "-", "-n", ns);
        var configured = await Kubectl.RunAsync(Service(port: 81), Ct, "apply", "-f", "-", "-n", ns);
        var unchanged = await Kubectl.RunAsync(Service(port: 81), Ct, "apply", "-f", "-", "-n", ns);
        var service = await sandbox.Client.CoreV1.ReadNamespacedServiceAsync("web", ns, cancellationToken: Ct);

        created.Output.Trim().ShouldBe("service/web created", created.Error);
        configured.Output.Trim().ShouldBe("service/web configured", configured.Error);
        unchanged.Output.Trim().ShouldBe("service/web unchanged", unchanged.Error);
        service.Spec.Ports.ShouldHaveSingleItem().Port.ShouldBe(81);
    }

    [Fact]
    public async Task DiffShowsOnlyTheChangedFieldAndNothingForAnUnchangedObject()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Kubectl.RunAsync(Service(port: 80), Ct, "apply", "-f", "-", "-n", ns);

        var changed = await Kubectl.RunAsync(Service(port: 90), Ct, "diff", "-f", "-", "-n", ns);
        var same = await Kubectl.RunAsync(Service(port: 80), Ct, "diff", "-f", "-", "-n", ns);

        changed.ExitCode.ShouldBe(1, changed.Error);
        changed.Lines.Where(l => l.StartsWith('-') && !l.StartsWith("---", StringComparison.Ordinal)).ShouldBe(["-    port: 80"]);
        changed.Lines.Where(l => l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal)).ShouldBe(["+    port: 90"]);
        same.ExitCode.ShouldBe(0, same.Error);
        same.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task ExplainPrintsAServicesPortsWithTheirDescriptions()
    {
        var result = await Kubectl.RunAsync(Ct, "explain", "service.spec.ports");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("FIELD: ports <[]ServicePort>");
        result.Output.ShouldContain("The list of ports that are exposed by this service.");
        result.Lines.Select(l => l.Trim()).ShouldContain("port\t<integer> -required-");
        result.Output.ShouldContain("Number or name of the port to access on the pods targeted by the service.");
    }

    [Fact]
    public async Task ExplainPrintsADeploymentsStrategy()
    {
        var result = await Kubectl.RunAsync(Ct, "explain", "deployment.spec.strategy");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("GROUP:      apps");
        result.Output.ShouldContain("FIELD: strategy <DeploymentStrategy>");
        result.Output.ShouldContain("The deployment strategy to use to replace existing pods with new ones.");
        result.Lines.Select(l => l.Trim()).ShouldContain("rollingUpdate\t<RollingUpdateDeployment>");
    }

    [Fact]
    public async Task ExplainRecursivePrintsTheIngressRuleTree()
    {
        var result = await Kubectl.RunAsync(Ct, "explain", "ingress.spec.rules", "--recursive");
        var fields = result.Lines.SkipWhile(l => l != "FIELDS:").Skip(1).Select(l => l.Trim().Split('\t')[0]).ToList();

        result.ExitCode.ShouldBe(0, result.Error);
        fields.ShouldBe(["host", "http", "paths", "backend", "resource", "apiGroup", "kind", "name", "service", "name", "port", "name", "number", "path", "pathType"]);
    }

    [Fact]
    public async Task ExplainOfAnUnknownFieldSaysItDoesNotExist()
    {
        var result = await Kubectl.RunAsync(Ct, "explain", "service.spec.bogus");

        result.ExitCode.ShouldBe(1);
        result.Error.Trim().ShouldBe("error: field \"bogus\" does not exist");
    }

    /// <summary>The query strings of the POSTs kubectl logged at -v=6.</summary>
    private static List<string> PostQueries(string log) =>
        [.. PostLine().Matches(log).Select(m => m.Groups["query"].Value)];

    [GeneratedRegex(@"POST https://[^ ?]+\?(?<query>\S+) 201")]
    private static partial Regex PostLine();

    private static string Service(int port, string? extraSpec = null) => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          labels:
            app: web
        spec:
          {extraSpec ?? string.Empty}
          selector:
            app: web
          ports:
          - name: http
            port: {port}
            targetPort: 8080
        """;
}
