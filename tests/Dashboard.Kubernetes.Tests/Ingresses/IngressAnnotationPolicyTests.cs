using Dashboard.Core.Auditing;
using Dashboard.Core.Drafts;
using Dashboard.Core.Ingresses;
using Dashboard.Kubernetes.Annotations;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Tests.Changes;
using FluentValidation;
using k8s;
using k8s.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Ingresses;

/// <summary>The annotation policy in the Ingress operations, against a real sandbox API server.</summary>
public class IngressAnnotationPolicyTests
{
    private const string ServerSnippet = "nginx.ingress.kubernetes.io/server-snippet";
    private const string SnippetValue = "location /metrics { deny all; }";

    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    private static IngressDraft WithAnnotation(IngressDraft draft, string key, string value)
    {
        draft.Annotations.Add(new KeyValueDraft { Key = key, Value = value });
        return draft;
    }

    /// <summary>An Ingress that got its snippet before the dashboard refused them (written with the test's own client).</summary>
    private static async Task CreateBehindTheDashboardsBackAsync(ChangeTestCluster lab)
    {
        var ingress = IngressManifest.From(ChangeTestCluster.Ingress("web", "shop.example.com"), "sslip.io");
        ingress.Metadata.Annotations = new Dictionary<string, string> { [ServerSnippet] = SnippetValue };
        await lab.Client.NetworkingV1.CreateNamespacedIngressAsync(ingress, "default", cancellationToken: Cancel);
    }

    [Fact]
    public async Task CreatingAnIngressWithASnippetIsRefusedAuditedAndNothingReachesTheCluster()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web");
        var draft = WithAnnotation(ChangeTestCluster.Ingress("web", "shop.example.com"), "nginx.ingress.kubernetes.io/configuration-snippet", "more_set_headers \"X: 1\";");

        var error = await Should.ThrowAsync<ValidationException>(() =>
            lab.IngressOperations.CreateAsync(lab.Id, draft, "sslip.io", ChangeTestCluster.Admin, false, Cancel));

        error.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Annotations[0].Key");
        error.Message.ShouldContain("'nginx.ingress.kubernetes.io/configuration-snippet'");
        error.Message.ShouldContain("CVE-2021-25742");
        (await lab.Client.NetworkingV1.ListNamespacedIngressAsync("default", cancellationToken: Cancel)).Items.ShouldBeEmpty();
        (await lab.AuditAsync(AuditActions.IngressCreate)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Failure);
    }

    [Fact]
    public async Task AnAllowedPrefixLetsTheAnnotationThroughToTheCluster()
    {
        await using var lab = await ChangeTestCluster.StartAsync(configure: services =>
            services.Configure<AnnotationOptions>(o => o.AllowedPrefixes = ["nginx.ingress.kubernetes.io/auth-tls-"]));
        await lab.CreateBackendAsync("web");
        var draft = WithAnnotation(ChangeTestCluster.Ingress("web", "shop.example.com"), "nginx.ingress.kubernetes.io/auth-tls-secret", "default/client-ca");

        await lab.IngressOperations.CreateAsync(lab.Id, draft, "sslip.io", ChangeTestCluster.Admin, false, Cancel);

        var live = await lab.Client.NetworkingV1.ReadNamespacedIngressAsync("web", "default", cancellationToken: Cancel);
        live.Metadata.Annotations["nginx.ingress.kubernetes.io/auth-tls-secret"].ShouldBe("default/client-ca");
    }

    [Fact]
    public async Task EditingAnotherFieldOfAnIngressThatAlreadyCarriesASnippetSavesAndKeepsTheSnippet()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web");
        await CreateBehindTheDashboardsBackAsync(lab);

        var draft = await lab.IngressOperations.GetDraftAsync(lab.Id, "default", "web", "sslip.io", ChangeTestCluster.Viewer, Cancel);
        draft.Rules[0].Paths[0].Path = "/shop";
        await lab.IngressOperations.UpdateAsync(lab.Id, "default", "web", draft, "sslip.io", ChangeTestCluster.Admin, false, Cancel);

        var live = await lab.Client.NetworkingV1.ReadNamespacedIngressAsync("web", "default", cancellationToken: Cancel);
        live.Spec.Rules[0].Http.Paths[0].Path.ShouldBe("/shop");
        live.Metadata.Annotations[ServerSnippet].ShouldBe(SnippetValue);
    }

    [Fact]
    public async Task ChangingTheSnippetOfAnExistingIngressIsRefusedAndTheIngressStaysAsItWas()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web");
        await CreateBehindTheDashboardsBackAsync(lab);

        var draft = await lab.IngressOperations.GetDraftAsync(lab.Id, "default", "web", "sslip.io", ChangeTestCluster.Viewer, Cancel);
        draft.Annotations.Single(a => a.Key == ServerSnippet).Value = "location / { proxy_pass http://169.254.169.254; }";
        draft.Rules[0].Paths[0].Path = "/shop";
        var error = await Should.ThrowAsync<ValidationException>(() =>
            lab.IngressOperations.UpdateAsync(lab.Id, "default", "web", draft, "sslip.io", ChangeTestCluster.Admin, false, Cancel));

        error.Message.ShouldContain($"'{ServerSnippet}'");
        var live = await lab.Client.NetworkingV1.ReadNamespacedIngressAsync("web", "default", cancellationToken: Cancel);
        live.Metadata.Annotations[ServerSnippet].ShouldBe(SnippetValue);
        live.Spec.Rules[0].Http.Paths[0].Path.ShouldBe("/");
    }

    [Fact]
    public async Task AddingASnippetInAnEditIsRefused()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web");
        await lab.IngressOperations.CreateAsync(lab.Id, ChangeTestCluster.Ingress("web", "shop.example.com"), "sslip.io", ChangeTestCluster.Admin, false, Cancel);

        var draft = await lab.IngressOperations.GetDraftAsync(lab.Id, "default", "web", "sslip.io", ChangeTestCluster.Viewer, Cancel);
        WithAnnotation(draft, "nginx.ingress.kubernetes.io/mirror-target", "https://mirror.example.com$request_uri");
        var error = await Should.ThrowAsync<ValidationException>(() =>
            lab.IngressOperations.UpdateAsync(lab.Id, "default", "web", draft, "sslip.io", ChangeTestCluster.Admin, false, Cancel));

        error.Message.ShouldContain("CVE-2025-1098");
        var live = await lab.Client.NetworkingV1.ReadNamespacedIngressAsync("web", "default", cancellationToken: Cancel);
        (live.Metadata.Annotations ?? new Dictionary<string, string>()).ShouldNotContainKey("nginx.ingress.kubernetes.io/mirror-target");
    }

    [Fact]
    public async Task TheWizardsStepCheckOfAnEditLetsTheSnippetTheIngressCarriesPass()
    {
        await using var lab = await ChangeTestCluster.StartWithBackendsAsync("web");
        await CreateBehindTheDashboardsBackAsync(lab);
        var checks = lab.Services.GetRequiredService<DraftChecks>();
        var draft = await lab.IngressOperations.GetDraftAsync(lab.Id, "default", "web", "sslip.io", ChangeTestCluster.Viewer, Cancel);
        var carried = new Dictionary<string, string> { [ServerSnippet] = SnippetValue };

        var asEdit = await checks.IngressErrorsAsync(lab.Id, draft, carried, [nameof(IngressDraft.Annotations)], Cancel);
        var asNew = await checks.IngressErrorsAsync(lab.Id, draft, [nameof(IngressDraft.Annotations)], Cancel);

        asEdit.ShouldBeEmpty();
        asNew.Keys.ShouldBe(["Annotations[0].Key"]);
    }
}
