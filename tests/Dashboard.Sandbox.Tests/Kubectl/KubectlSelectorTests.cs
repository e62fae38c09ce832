using Dashboard.Sandbox.Tests.Support;

namespace Dashboard.Sandbox.Tests.Kubectl;

/// <summary>
/// kubectl as the referee for what the Service and Ingress wizards read: workloads' selectors (apps/v1), pods by
/// label selector, TLS secrets by field selector.
/// </summary>
public sealed class KubectlSelectorTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    /// <summary>Made inside each test, so a missing kubectl skips the test rather than failing the class.</summary>
    private KubectlRunner Kubectl => new(sandbox);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task ApplyAsync(string yaml)
    {
        var result = await Kubectl.RunAsync(yaml, Ct, "apply", "--validate=false", "-f", "-");
        result.ExitCode.ShouldBe(0, result.Error);
    }

    private static string Workload(string ns, string kind, string name, string selectorApp, string templateApp) => $"""
        apiVersion: apps/v1
        kind: {kind}
        metadata:
          name: {name}
          namespace: {ns}
        spec:
          selector:
            matchLabels:
              app: {selectorApp}
          template:
            metadata:
              labels:
                app: {templateApp}
            spec:
              containers:
              - name: main
                image: nginx:1.27
        """;

    private static string Pod(string ns, string name, string labels) => $"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: {name}
          namespace: {ns}
          labels: {labels}
        spec:
          containers:
          - name: main
            image: nginx:1.27
        """;

    [Fact]
    public async Task DeploymentsStatefulSetsAndDaemonSetsAppliedWithKubectlAreListedWithTheirSelectors()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await ApplyAsync(Workload(ns, "Deployment", "web", "web", "web"));
        await ApplyAsync(Workload(ns, "StatefulSet", "db", "db", "db"));
        await ApplyAsync(Workload(ns, "DaemonSet", "agent", "agent", "agent"));

        var names = await Kubectl.RunAsync(Ct, "get", "deploy,sts,ds", "-n", ns, "-o", "name");
        var selector = await Kubectl.RunAsync(Ct, "get", "deployment", "web", "-n", ns, "-o", "jsonpath={.spec.selector.matchLabels}");

        names.Lines.ShouldBe(["deployment.apps/web", "statefulset.apps/db", "daemonset.apps/agent"], names.Error);
        selector.Output.ShouldBe("""{"app":"web"}""", selector.Error);
    }

    [Fact]
    public async Task ADeploymentWhoseSelectorDoesNotMatchItsPodTemplateIsRefused()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(Workload(ns, "Deployment", "web", "web", "other"), Ct, "apply", "--validate=false", "-f", "-");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("The Deployment \"web\" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"other\"}: `selector` does not match template `labels`");
    }

    [Fact]
    public async Task PodsAreListedByAnEqualityLabelSelector()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await ApplyAsync(Pod(ns, "front", "{app: web, tier: front}"));
        await ApplyAsync(Pod(ns, "back", "{app: web, tier: back}"));
        await ApplyAsync(Pod(ns, "db", "{app: db}"));

        var both = await Kubectl.RunAsync(Ct, "get", "pods", "-n", ns, "-l", "app=web", "-o", "name");
        var one = await Kubectl.RunAsync(Ct, "get", "pods", "-n", ns, "-l", "app=web,tier=front", "-o", "name");

        both.Lines.ShouldBe(["pod/back", "pod/front"], both.Error);
        one.Lines.ShouldBe(["pod/front"], one.Error);
    }

    [Fact]
    public async Task SecretsAreListedByTheirTypeWithAFieldSelector()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await ApplyAsync($"""
            apiVersion: v1
            kind: Secret
            metadata:
              name: shop-tls
              namespace: {ns}
            type: kubernetes.io/tls
            stringData:
              tls.crt: cert
              tls.key: key
            """);
        await ApplyAsync($"""
            apiVersion: v1
            kind: Secret
            metadata:
              name: password
              namespace: {ns}
            stringData:
              password: s3cret
            """);

        var result = await Kubectl.RunAsync(Ct, "get", "secrets", "-n", ns, "--field-selector", "type=kubernetes.io/tls", "-o", "name");

        result.Lines.ShouldBe(["secret/shop-tls"], result.Error);
    }
}
