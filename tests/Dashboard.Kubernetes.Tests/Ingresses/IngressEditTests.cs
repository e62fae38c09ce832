using Dashboard.Core.Ingresses;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Tests.Caching;
using Dashboard.Kubernetes.Tests.Changes;
using k8s;

namespace Dashboard.Kubernetes.Tests.Ingresses;

/// <summary>Editing a live Ingress through the service layer, read and written against the sandbox, kubectl as referee.</summary>
public class IngressEditTests
{
    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    /// <summary>An ingress as the hostname flow leaves it: its generated host in the rule and in the annotation, applied with kubectl.</summary>
    private const string GeneratedIngressYaml = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          namespace: default
          annotations:
            dashboard.io/hostname: generate
            dashboard.io/generated-hosts: web.default.203.0.113.10.sslip.io
            nginx.ingress.kubernetes.io/ssl-redirect: "false"
        spec:
          ingressClassName: nginx
          rules:
          - host: web.default.203.0.113.10.sslip.io
            http:
              paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: web
                    port:
                      number: 80
        """;

    [Fact]
    public async Task AnEditThroughTheServiceIsSeenByKubectlGet()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web", "api");
        using var kubectl = await KubectlApply.ForAsync(lab.Sandbox);
        await lab.IngressOperations.CreateAsync(lab.Id, ChangeTestCluster.Ingress("web", "shop.example.com"), "sslip.io", ChangeTestCluster.Admin, false, Cancel);

        var draft = await lab.IngressOperations.GetDraftAsync(lab.Id, "default", "web", "sslip.io", ChangeTestCluster.Viewer, Cancel);
        draft.Rules[0].Paths.Add(new IngressPathDraft { Path = "/api", PathType = "Exact", ServiceName = "api", ServicePort = "http" });
        await lab.IngressOperations.UpdateAsync(lab.Id, draft.Namespace, draft.Name, draft, "sslip.io", ChangeTestCluster.Admin, false, Cancel);

        var paths = await kubectl.ReadAsync("get", "ingress", "web", "-n", "default",
            "-o", "jsonpath={range .spec.rules[0].http.paths[*]}{.path} {.pathType} {.backend.service.name}:{.backend.service.port.number}{.backend.service.port.name};{end}");
        paths.ShouldBe("/ Prefix web:80;/api Exact api:http;");
    }

    [Fact]
    public async Task EditingAnIngressKeepsItsGeneratedHostAndTheAnnotationsTheWizardDoesNotShow()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web", "api");
        using var kubectl = await KubectlApply.ForAsync(lab.Sandbox);
        await kubectl.ApplyAsync(GeneratedIngressYaml);

        var draft = await lab.IngressOperations.GetDraftAsync(lab.Id, "default", "web", "sslip.io", ChangeTestCluster.Viewer, Cancel);
        draft.Rules.ShouldHaveSingleItem().HostChoice.ShouldBe(HostChoice.Generate);
        draft.Annotations.Select(a => a.Key).ShouldBe(["nginx.ingress.kubernetes.io/ssl-redirect"]);
        draft.Rules[0].Paths[0].Path = "/shop";
        await lab.IngressOperations.UpdateAsync(lab.Id, draft.Namespace, draft.Name, draft, "sslip.io", ChangeTestCluster.Admin, false, Cancel);

        var rule = await kubectl.ReadAsync("get", "ingress", "web", "-n", "default", "-o", "jsonpath={.spec.rules[0].host} {.spec.rules[0].http.paths[0].path}");
        rule.ShouldBe("web.default.203.0.113.10.sslip.io /shop");
        var live = await lab.Client.NetworkingV1.ReadNamespacedIngressAsync("web", "default", cancellationToken: Cancel);
        live.Metadata.Annotations.Keys.Order(StringComparer.Ordinal).ShouldBe([
            "dashboard.io/generated-hosts", "kubectl.kubernetes.io/last-applied-configuration", "nginx.ingress.kubernetes.io/ssl-redirect"]);
    }

    [Fact]
    public async Task AnAnnotationRemovedInTheWizardIsRemovedFromTheIngress()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web", "api");
        using var kubectl = await KubectlApply.ForAsync(lab.Sandbox);
        await kubectl.ApplyAsync(GeneratedIngressYaml);

        var draft = await lab.IngressOperations.GetDraftAsync(lab.Id, "default", "web", "sslip.io", ChangeTestCluster.Viewer, Cancel);
        draft.Annotations.Clear();
        await lab.IngressOperations.UpdateAsync(lab.Id, draft.Namespace, draft.Name, draft, "sslip.io", ChangeTestCluster.Admin, false, Cancel);

        var live = await lab.Client.NetworkingV1.ReadNamespacedIngressAsync("web", "default", cancellationToken: Cancel);
        live.Metadata.Annotations.ShouldNotContainKey("nginx.ingress.kubernetes.io/ssl-redirect");
        live.Metadata.Annotations.ShouldContainKey(IngressManifest.GeneratedHostsAnnotation);
    }

    [Fact]
    public async Task ReadingAnIngressThatDoesNotExistIsNotFound()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web", "api");

        var error = await Should.ThrowAsync<ApiServerRejectedException>(() =>
            lab.IngressOperations.GetDraftAsync(lab.Id, "default", "ghost", "sslip.io", ChangeTestCluster.Viewer, Cancel));

        error.StatusCode.ShouldBe(404);
    }

    [Fact]
    public async Task AViewerMayReadTheDraftButNotSaveIt()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web", "api");
        await lab.IngressOperations.CreateAsync(lab.Id, ChangeTestCluster.Ingress("web", "shop.example.com"), "sslip.io", ChangeTestCluster.Admin, false, Cancel);

        var draft = await lab.IngressOperations.GetDraftAsync(lab.Id, "default", "web", "sslip.io", ChangeTestCluster.Viewer, Cancel);
        draft.Rules[0].Host = "other.example.com";

        await Should.ThrowAsync<ForbiddenException>(() => lab.IngressOperations.UpdateAsync(lab.Id, draft.Namespace, draft.Name, draft, "sslip.io", ChangeTestCluster.Viewer, false, Cancel));
        (await lab.Client.NetworkingV1.ReadNamespacedIngressAsync("web", "default", cancellationToken: Cancel)).Spec.Rules[0].Host.ShouldBe("shop.example.com");
    }
}
